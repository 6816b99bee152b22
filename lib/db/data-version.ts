/**
 * Read-side caches keyed by the data version: a counter that triggers raise in the same transaction
 * as every write readers can see (prisma/migrations/*_read_path). Reading it is one primary-key
 * lookup, so each request can check it, and an ingest run by another process (the CLI, another
 * server) invalidates this process's caches at its next request. Next.js cache tags cannot do that:
 * revalidateTag only reaches the server it runs in.
 */
import type { Db } from "./client";
import { num, query, sql } from "./sql";

/**
 * How long one read of the version serves a process's requests. One request reads several cached
 * values; each need not ask again. A write becomes visible to readers within this delay.
 */
export const VERSION_TTL_MS = 100;

const versionReads = new WeakMap<Db, { at: number; value: Promise<number> }>();

export async function getDataVersion(db: Db): Promise<number> {
  const now = Date.now();
  const last = versionReads.get(db);
  if (last && now - last.at < VERSION_TTL_MS) return last.value;
  const value = query<{ version: unknown }>(db, sql`SELECT "version" FROM "DataVersion" WHERE "id" = 1`).then((rows) => (rows.length ? num(rows[0]!.version) : 0));
  versionReads.set(db, { at: now, value });
  value.catch(() => versionReads.get(db)?.value === value && versionReads.delete(db));
  return value;
}

type Entry = { value: Promise<unknown>; at: number };

/** Values computed for one data version; everything is dropped when the version moves. */
export class VersionedCache {
  private version = -1;
  private entries = new Map<string, Entry>();
  private listeners: ((version: number) => void)[] = [];

  constructor(private readonly maxEntries = 256) {}

  /** Called once per new version seen (the first included), e.g. to start background work. */
  onNewVersion(fn: (version: number) => void) {
    this.listeners.push(fn);
  }

  /** The value for key at this version, computing it once (concurrent callers share the promise). */
  get<T>(version: number, key: string, compute: () => Promise<T>): Promise<T> {
    if (version !== this.version) {
      this.version = version;
      this.entries.clear();
      this.listeners.forEach((fn) => fn(version));
    }
    const hit = this.entries.get(key);
    if (hit) {
      // Refresh recency: Map keeps insertion order, so the oldest entry is first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = compute();
    this.entries.set(key, { value, at: Date.now() });
    // A failure is not cached: the next caller tries again.
    value.catch(() => this.entries.get(key)?.value === value && this.entries.delete(key));
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}

const globalCache = globalThis as unknown as { __zjmapReadCache?: WeakMap<Db, VersionedCache> };

type VersionListener = (db: Db, version: number) => void;
const listeners: VersionListener[] = [];

/** Work to start whenever a process first sees a data version (e.g. indexing new articles for search). */
export function onDataVersion(fn: VersionListener): void {
  listeners.push(fn);
}

/** One cache per database client (tests use several databases in one process). */
export function readCache(db: Db): VersionedCache {
  globalCache.__zjmapReadCache ??= new WeakMap();
  let c = globalCache.__zjmapReadCache.get(db);
  if (!c) {
    c = new VersionedCache();
    c.onNewVersion((v) => listeners.forEach((fn) => fn(db, v)));
    globalCache.__zjmapReadCache.set(db, c);
  }
  return c;
}

/** Reads the version and returns the cached value for key (computed with that version). */
export async function cachedRead<T>(db: Db, key: string, compute: (version: number) => Promise<T>): Promise<T> {
  const version = await getDataVersion(db);
  return readCache(db).get(version, key, () => compute(version));
}
