-- CreateTable
CREATE TABLE "CrawlSource" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "config" TEXT NOT NULL,
    "county" TEXT,
    "everyMinutes" INTEGER NOT NULL DEFAULT 60,
    "nextRunAt" TIMESTAMP(3),
    "lastRunAt" TIMESTAMP(3),
    "health" TEXT NOT NULL DEFAULT 'ok',
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "lastSummary" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CrawlSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CrawlUrl" (
    "id" SERIAL NOT NULL,
    "crawlSourceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'queued',
    "seq" INTEGER NOT NULL,
    "etag" TEXT,
    "lastModified" TEXT,
    "httpStatus" INTEGER,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "hintDate" TEXT,
    "discoveredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fetchedAt" TIMESTAMP(3),

    CONSTRAINT "CrawlUrl_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CrawledPage" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "crawlSourceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "canonicalUrl" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "countyHint" TEXT,
    "publishedOn" TEXT,
    "title" TEXT NOT NULL,
    "byline" TEXT,
    "rawGzip" BYTEA NOT NULL,
    "contentType" TEXT,
    "charset" TEXT NOT NULL,
    "etag" TEXT,
    "lastModified" TEXT,
    "fetchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CrawledPage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "key" TEXT,
    "payload" TEXT NOT NULL DEFAULT '{}',
    "status" TEXT NOT NULL DEFAULT 'queued',
    "progressDone" INTEGER NOT NULL DEFAULT 0,
    "progressTotal" INTEGER,
    "message" TEXT,
    "result" TEXT,
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 3,
    "runAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedBy" TEXT,
    "heartbeatAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "Job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobKey" (
    "key" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,

    CONSTRAINT "JobKey_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "CrawlUrl_crawlSourceId_state_seq_idx" ON "CrawlUrl"("crawlSourceId", "state", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "CrawlUrl_crawlSourceId_url_key" ON "CrawlUrl"("crawlSourceId", "url");

-- CreateIndex
CREATE UNIQUE INDEX "CrawledPage_sourceId_key" ON "CrawledPage"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "CrawledPage_canonicalUrl_key" ON "CrawledPage"("canonicalUrl");

-- CreateIndex
CREATE INDEX "CrawledPage_crawlSourceId_idx" ON "CrawledPage"("crawlSourceId");

-- CreateIndex
CREATE INDEX "CrawledPage_url_idx" ON "CrawledPage"("url");

-- CreateIndex
CREATE INDEX "Job_status_runAt_idx" ON "Job"("status", "runAt");

-- CreateIndex
CREATE INDEX "Job_kind_status_idx" ON "Job"("kind", "status");

-- CreateIndex
CREATE INDEX "Job_key_idx" ON "Job"("key");

-- CreateIndex
CREATE UNIQUE INDEX "JobKey_jobId_key" ON "JobKey"("jobId");

-- AddForeignKey
ALTER TABLE "CrawlUrl" ADD CONSTRAINT "CrawlUrl_crawlSourceId_fkey" FOREIGN KEY ("crawlSourceId") REFERENCES "CrawlSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrawledPage" ADD CONSTRAINT "CrawledPage_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CrawledPage" ADD CONSTRAINT "CrawledPage_crawlSourceId_fkey" FOREIGN KEY ("crawlSourceId") REFERENCES "CrawlSource"("id") ON DELETE CASCADE ON UPDATE CASCADE;

