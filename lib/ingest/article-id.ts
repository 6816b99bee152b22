import { createHash } from "node:crypto";

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/**
 * An article's id is a short hash of the page's content hash and the article's title, so a shared
 * link opens the same article after the database is rebuilt. Titles repeated on one page (or empty)
 * get their position mixed in to stay unique.
 */
export function articleIds(contentHash: string, titles: string[]): string[] {
  const seen = new Map<string, number>();
  titles.forEach((t) => seen.set(t, (seen.get(t) ?? 0) + 1));
  return titles.map((title, position) => {
    const key = title && seen.get(title) === 1 ? title : `${title}\u0000${position}`;
    return sha256(`${contentHash}\u0000${key}`).slice(0, 12);
  });
}
