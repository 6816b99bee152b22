-- CreateTable
CREATE TABLE "CrawlSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "config" TEXT NOT NULL,
    "county" TEXT,
    "everyMinutes" INTEGER NOT NULL DEFAULT 60,
    "nextRunAt" DATETIME,
    "lastRunAt" DATETIME,
    "health" TEXT NOT NULL DEFAULT 'ok',
    "failures" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "lastSummary" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "CrawlUrl" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "discoveredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "fetchedAt" DATETIME,
    CONSTRAINT "CrawlUrl_crawlSourceId_fkey" FOREIGN KEY ("crawlSourceId") REFERENCES "CrawlSource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CrawledPage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "crawlSourceId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "canonicalUrl" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "countyHint" TEXT,
    "publishedOn" TEXT,
    "title" TEXT NOT NULL,
    "byline" TEXT,
    "rawGzip" BLOB NOT NULL,
    "contentType" TEXT,
    "charset" TEXT NOT NULL,
    "etag" TEXT,
    "lastModified" TEXT,
    "fetchedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CrawledPage_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CrawledPage_crawlSourceId_fkey" FOREIGN KEY ("crawlSourceId") REFERENCES "CrawlSource" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL PRIMARY KEY,
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
    "runAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedBy" TEXT,
    "heartbeatAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME
);

-- CreateTable
CREATE TABLE "JobKey" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "jobId" TEXT NOT NULL
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

