-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "publishedOn" TEXT,
    "fileName" TEXT,
    "rawText" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
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
    "lon" DOUBLE PRECISION,
    "lat" DOUBLE PRECISION,
    "confidence" DOUBLE PRECISION,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Place" (
    "code" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" TEXT,
    "parentCode" TEXT,
    "cityCode" TEXT,
    "lon" DOUBLE PRECISION,
    "lat" DOUBLE PRECISION,
    "aliases" TEXT NOT NULL DEFAULT '[]',
    "population" INTEGER,

    CONSTRAINT "Place_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Mention" (
    "id" SERIAL NOT NULL,
    "articleId" TEXT NOT NULL,
    "placeCode" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "primary" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Mention_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Metric" (
    "id" SERIAL NOT NULL,
    "articleId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "unit" TEXT NOT NULL,
    "approx" BOOLEAN NOT NULL,
    "label" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "normValue" DOUBLE PRECISION,
    "normUnit" TEXT,

    CONSTRAINT "Metric_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Mention" ADD CONSTRAINT "Mention_placeCode_fkey" FOREIGN KEY ("placeCode") REFERENCES "Place"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Metric" ADD CONSTRAINT "Metric_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

