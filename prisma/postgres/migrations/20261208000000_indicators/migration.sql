-- Indicators and part-of (issue 13): see prisma/migrations/20261208000000_indicators.
-- Rows stored before this have indicatorConfidence -1 and are filled in by lib/db/backfill-indicators.ts.

-- AlterTable
ALTER TABLE "Metric" ADD COLUMN     "indicator" TEXT NOT NULL DEFAULT 'other',
ADD COLUMN     "indicatorConfidence" DOUBLE PRECISION NOT NULL DEFAULT -1,
ADD COLUMN     "partOf" INTEGER;

-- CreateIndex
CREATE INDEX "Metric_indicator_unit_articleId_value_approx_partOf_idx" ON "Metric"("indicator", "unit", "articleId", "value", "approx", "partOf");
