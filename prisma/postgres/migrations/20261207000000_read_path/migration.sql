-- Read path at province scale (issue 10); the PostgreSQL twin of prisma/migrations/20261207000000_read_path.

-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArticleTag" (
    "articleId" TEXT NOT NULL,
    "tag" TEXT NOT NULL,

    CONSTRAINT "ArticleTag_pkey" PRIMARY KEY ("articleId","tag")
);

-- CreateTable
CREATE TABLE "SearchDoc" (
    "id" SERIAL NOT NULL,
    "articleId" TEXT NOT NULL,
    "dirty" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "SearchDoc_pkey" PRIMARY KEY ("id")
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
-- Raw SQL: not expressible in schema.prisma (see the SQLite migration of the same name).
-- ---------------------------------------------------------------------------------------------

INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0);

CREATE INDEX "Article_newest_idx" ON "Article"((COALESCE("publishedOn", '')), "id");
CREATE INDEX "Article_county_newest_idx" ON "Article"("countyCode", (COALESCE("publishedOn", '')), "id");
CREATE INDEX "Article_city_newest_idx" ON "Article"("cityCode", (COALESCE("publishedOn", '')), "id");
CREATE INDEX "Article_spot_idx" ON "Article"("lon", "lat", "id", "countyCode", "cityCode", "publishedOn");

-- Full-text index: one tsvector per document built by lib/db/search-index.ts from the same tokens
-- as SQLite's (weights: A title bigrams, B body bigrams, C title words, D body words).
CREATE TABLE "ArticleSearch" (
  "id" INTEGER PRIMARY KEY REFERENCES "SearchDoc"("id") ON DELETE CASCADE,
  "doc" tsvector NOT NULL
);
CREATE INDEX "ArticleSearch_doc_idx" ON "ArticleSearch" USING GIN ("doc");

-- Statement-level: one bump per statement, not one per row of a batch insert.
CREATE FUNCTION "zjmap_bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END $$;
CREATE TRIGGER "DataVersion_source" AFTER INSERT OR UPDATE OR DELETE ON "Source" FOR EACH STATEMENT EXECUTE FUNCTION "zjmap_bump_data_version"();
CREATE TRIGGER "DataVersion_article" AFTER INSERT OR UPDATE OR DELETE ON "Article" FOR EACH STATEMENT EXECUTE FUNCTION "zjmap_bump_data_version"();
CREATE TRIGGER "DataVersion_metric" AFTER INSERT OR UPDATE OR DELETE ON "Metric" FOR EACH STATEMENT EXECUTE FUNCTION "zjmap_bump_data_version"();

CREATE FUNCTION "zjmap_article_readside"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "ArticleTag" WHERE "articleId" = OLD."id";
    DELETE FROM "SearchDoc" WHERE "articleId" = OLD."id";
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' OR NEW."tags" IS DISTINCT FROM OLD."tags" THEN
    IF TG_OP = 'UPDATE' THEN DELETE FROM "ArticleTag" WHERE "articleId" = OLD."id"; END IF;
    INSERT INTO "ArticleTag" ("articleId", "tag")
      SELECT NEW."id", e #>> '{}' FROM json_array_elements(CASE WHEN json_typeof(NEW."tags"::json) = 'array' THEN NEW."tags"::json ELSE '[]'::json END) AS e
      WHERE json_typeof(e) = 'string'
      ON CONFLICT DO NOTHING;
  END IF;
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "SearchDoc" ("articleId", "dirty") VALUES (NEW."id", 1) ON CONFLICT ("articleId") DO UPDATE SET "dirty" = "SearchDoc"."dirty" + 1;
  ELSIF NEW."title" IS DISTINCT FROM OLD."title" OR NEW."body" IS DISTINCT FROM OLD."body" THEN
    UPDATE "SearchDoc" SET "dirty" = "dirty" + 1 WHERE "articleId" = NEW."id";
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "Article_readside" AFTER INSERT OR UPDATE OR DELETE ON "Article" FOR EACH ROW EXECUTE FUNCTION "zjmap_article_readside"();

INSERT INTO "ArticleTag" ("articleId", "tag")
  SELECT a."id", e #>> '{}' FROM "Article" AS a, json_array_elements(CASE WHEN json_typeof(a."tags"::json) = 'array' THEN a."tags"::json ELSE '[]'::json END) AS e
  WHERE json_typeof(e) = 'string'
  ON CONFLICT DO NOTHING;
INSERT INTO "SearchDoc" ("articleId", "dirty") SELECT "id", 1 FROM "Article";
