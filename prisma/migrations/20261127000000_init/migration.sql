-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "publishedOn" TEXT,
    "fileName" TEXT,
    "rawText" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "authors" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "captions" TEXT NOT NULL,
    "tags" TEXT NOT NULL DEFAULT '[]',
    "publishedOn" TEXT,
    "placeLevel" TEXT,
    "cityCode" TEXT,
    "countyCode" TEXT,
    "townshipCode" TEXT,
    "lon" REAL,
    "lat" REAL,
    "confidence" REAL,
    CONSTRAINT "Article_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Place" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "level" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT,
    "parentCode" TEXT,
    "cityCode" TEXT,
    "lon" REAL,
    "lat" REAL,
    "aliases" TEXT NOT NULL DEFAULT '[]',
    "population" INTEGER
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" TEXT NOT NULL,
    "placeCode" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "primary" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "Mention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Mention_placeCode_fkey" FOREIGN KEY ("placeCode") REFERENCES "Place" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Metric" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "articleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "value" REAL NOT NULL,
    "unit" TEXT NOT NULL,
    "approx" BOOLEAN NOT NULL,
    "label" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "normValue" REAL,
    "normUnit" TEXT,
    CONSTRAINT "Metric_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_contentHash_key" ON "Source"("contentHash");

-- CreateIndex
CREATE INDEX "Article_countyCode_idx" ON "Article"("countyCode");

-- CreateIndex
CREATE INDEX "Article_cityCode_idx" ON "Article"("cityCode");

-- CreateIndex
CREATE UNIQUE INDEX "Article_sourceId_position_key" ON "Article"("sourceId", "position");

-- CreateIndex
CREATE INDEX "Place_parentCode_idx" ON "Place"("parentCode");

-- CreateIndex
CREATE INDEX "Place_level_idx" ON "Place"("level");

-- CreateIndex
CREATE INDEX "Mention_articleId_idx" ON "Mention"("articleId");

-- CreateIndex
CREATE INDEX "Mention_placeCode_idx" ON "Mention"("placeCode");

-- CreateIndex
CREATE INDEX "Metric_articleId_idx" ON "Metric"("articleId");

-- CreateIndex
CREATE INDEX "Metric_kind_idx" ON "Metric"("kind");

