-- Read path at province scale (issue 10): data version, tag rows, search documents, list and
-- aggregation indexes (Prisma models), then the parts Prisma cannot describe (raw SQL below).

-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "version" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "ArticleTag" (
    "articleId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    PRIMARY KEY ("articleId", "tag")
);

-- CreateTable
CREATE TABLE "SearchDoc" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" TEXT NOT NULL,
    "dirty" INTEGER NOT NULL DEFAULT 1
);

-- CreateIndex
CREATE INDEX "ArticleTag_tag_articleId_idx" ON "ArticleTag"("tag", "articleId");

-- CreateIndex
CREATE UNIQUE INDEX "SearchDoc_articleId_key" ON "SearchDoc"("articleId");

-- CreateIndex
CREATE INDEX "SearchDoc_dirty_idx" ON "SearchDoc"("dirty");

-- CreateIndex
CREATE INDEX "Article_id_countyCode_cityCode_publishedOn_lon_lat_idx" ON "Article"("id", "countyCode", "cityCode", "publishedOn", "lon", "lat");

-- CreateIndex
CREATE INDEX "Article_countyCode_cityCode_publishedOn_idx" ON "Article"("countyCode", "cityCode", "publishedOn");

-- CreateIndex
CREATE INDEX "Metric_kind_unit_articleId_value_approx_idx" ON "Metric"("kind", "unit", "articleId", "value", "approx");


-- ---------------------------------------------------------------------------------------------
-- Raw SQL: not expressible in schema.prisma. When generating a later migration with
-- `prisma migrate diff`, drop any statement it writes against "ArticleSearch*" or these triggers.
-- ---------------------------------------------------------------------------------------------

INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);

-- Newest-first story lists (undated stories last), keyset-paged on (date, id).
CREATE INDEX "Article_newest_idx" ON "Article"(COALESCE("publishedOn", ''), "id");
CREATE INDEX "Article_county_newest_idx" ON "Article"("countyCode", COALESCE("publishedOn", ''), "id");
CREATE INDEX "Article_city_newest_idx" ON "Article"("cityCode", COALESCE("publishedOn", ''), "id");
-- Map spots (a township or county seat) and the stories at one: covering, filters included.
CREATE INDEX "Article_spot_idx" ON "Article"("lon", "lat", "id", "countyCode", "cityCode", "publishedOn");

-- Full-text index. Documents are token strings written by lib/db/search-index.ts: overlapping
-- character bigrams of Chinese runs (each run closed by "<last char>_", so single characters are
-- found by prefix), lower-cased Latin words and numbers, and segmenter words in their own columns.
CREATE VIRTUAL TABLE "ArticleSearch" USING fts5(
  "titleGrams", "bodyGrams", "titleWords", "bodyWords",
  tokenize = "unicode61 remove_diacritics 0 tokenchars '_'",
  content = '', contentless_delete = 1
);

-- Any committed change readers can see bumps the data version, in the writer's own transaction.
CREATE TRIGGER "DataVersion_source_insert" AFTER INSERT ON "Source" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "DataVersion_source_delete" AFTER DELETE ON "Source" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "DataVersion_article_update" AFTER UPDATE ON "Article" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "DataVersion_metric_insert" AFTER INSERT ON "Metric" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "DataVersion_metric_update" AFTER UPDATE ON "Metric" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "DataVersion_metric_delete" AFTER DELETE ON "Metric" BEGIN UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;

-- A new article: its tag rows, a search document to index, a new data version.
CREATE TRIGGER "Article_readside_insert" AFTER INSERT ON "Article" BEGIN
  INSERT OR IGNORE INTO "ArticleTag" ("articleId", "tag")
    SELECT NEW."id", j.value FROM json_each(CASE WHEN json_valid(NEW."tags") THEN NEW."tags" ELSE '[]' END) AS j WHERE j.type = 'text';
  INSERT INTO "SearchDoc" ("articleId", "dirty") VALUES (NEW."id", 1) ON CONFLICT ("articleId") DO UPDATE SET "dirty" = "dirty" + 1;
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;
CREATE TRIGGER "Article_readside_tags" AFTER UPDATE OF "tags" ON "Article" BEGIN
  DELETE FROM "ArticleTag" WHERE "articleId" = OLD."id";
  INSERT OR IGNORE INTO "ArticleTag" ("articleId", "tag")
    SELECT NEW."id", j.value FROM json_each(CASE WHEN json_valid(NEW."tags") THEN NEW."tags" ELSE '[]' END) AS j WHERE j.type = 'text';
END;
CREATE TRIGGER "Article_readside_text" AFTER UPDATE OF "title", "body" ON "Article" BEGIN
  UPDATE "SearchDoc" SET "dirty" = "dirty" + 1 WHERE "articleId" = NEW."id";
END;
CREATE TRIGGER "Article_readside_delete" AFTER DELETE ON "Article" BEGIN
  DELETE FROM "ArticleTag" WHERE "articleId" = OLD."id";
  DELETE FROM "ArticleSearch" WHERE rowid = (SELECT "id" FROM "SearchDoc" WHERE "articleId" = OLD."id");
  DELETE FROM "SearchDoc" WHERE "articleId" = OLD."id";
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
END;

-- Articles stored before this migration.
INSERT OR IGNORE INTO "ArticleTag" ("articleId", "tag")
  SELECT a."id", j.value FROM "Article" AS a, json_each(CASE WHEN json_valid(a."tags") THEN a."tags" ELSE '[]' END) AS j WHERE j.type = 'text';
INSERT INTO "SearchDoc" ("articleId", "dirty") SELECT "id", 1 FROM "Article";
