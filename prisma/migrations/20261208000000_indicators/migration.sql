-- Indicators and part-of (issue 13): what each metric measures (lib/metrics/indicators.json), how sure
-- the assignment is, and the metric it is part of. Columns are added in place (not a table rebuild,
-- which would drop the Metric triggers of the read-path migration). Rows stored before this have
-- indicatorConfidence -1 and are filled in by lib/db/backfill-indicators.ts at setup.

-- AlterTable
ALTER TABLE "Metric" ADD COLUMN "indicator" TEXT NOT NULL DEFAULT 'other';
ALTER TABLE "Metric" ADD COLUMN "indicatorConfidence" REAL NOT NULL DEFAULT -1;
ALTER TABLE "Metric" ADD COLUMN "partOf" INTEGER;

-- CreateIndex
CREATE INDEX "Metric_indicator_unit_articleId_value_approx_partOf_idx" ON "Metric"("indicator", "unit", "articleId", "value", "approx", "partOf");
