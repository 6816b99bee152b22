/** What happened to one page of an ingest batch. */
export type IngestResult = {
  status: "created" | "unchanged";
  sourceId: string;
  articles: number;
  mentions: number;
  metrics: number;
};

export type PageOutcome = IngestResult | { status: "failed"; error: Error };

export class IngestError extends Error {}

export const MISSING_GAZETTEER = "the gazetteer is not loaded in this database: run `npm run db:setup` first";

export function unchanged(sourceId: string, articles: number): IngestResult {
  return { status: "unchanged", sourceId, articles, mentions: 0, metrics: 0 };
}
