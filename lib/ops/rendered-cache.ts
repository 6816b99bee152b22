/**
 * Share images (Open Graph / Twitter cards) are drawn by satori and resvg: 100 ms to seconds of
 * CPU each. They depend only on the card's data and on the code that draws it, so each is drawn
 * once per (data, app version, build) and served from memory afterwards; concurrent requests for
 * the same card wait for one drawing instead of starting their own.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { LRUCache } from "lru-cache";
import { getLogger } from "../log/logger";

type Entry = { body: Uint8Array; headers: [string, string][]; status: number };

export type RenderedCacheOptions = { maxBytes?: number; version?: string; onRender?: (key: string, ms: number) => void };

/** The app's version and build: a new build (new drawing code) never serves an old card. */
export function appVersion(root: string = process.cwd()): string {
  let build = "dev";
  try {
    build = fs.readFileSync(/*turbopackIgnore: true*/ path.join(root, ".next/BUILD_ID"), "utf8").trim();
  } catch {
    // No production build (tests, dev server): the package version alone.
  }
  let pkg = "0";
  try {
    pkg = (JSON.parse(fs.readFileSync(/*turbopackIgnore: true*/ path.join(root, "package.json"), "utf8")) as { version?: string }).version ?? "0";
  } catch {
    // keep "0"
  }
  return `${pkg}+${build}`;
}

export class RenderedCache {
  private readonly entries: LRUCache<string, Entry>;
  private readonly inFlight = new Map<string, Promise<Entry>>();
  readonly version: string;
  private readonly onRender?: (key: string, ms: number) => void;
  renders = 0;

  constructor(o: RenderedCacheOptions = {}) {
    this.version = o.version ?? appVersion();
    this.onRender = o.onRender;
    this.entries = new LRUCache<string, Entry>({ maxSize: o.maxBytes ?? 64 * 1024 * 1024, sizeCalculation: (e) => Math.max(1, e.body.byteLength) });
  }

  /** The cache key of some card data: its content and the app version. */
  keyOf(content: unknown): string {
    return createHash("sha256").update(this.version).update("\0").update(JSON.stringify(content)).digest("hex").slice(0, 32);
  }

  /**
   * The response for `content`, drawn by `render` only if no identical card is cached. Only 200
   * responses are kept (a failed drawing is retried next time). The key is sent as the ETag.
   */
  async respond(content: unknown, render: () => Response | Promise<Response>): Promise<Response> {
    const key = this.keyOf(content);
    let entry = this.entries.get(key);
    if (!entry) {
      let pending = this.inFlight.get(key);
      if (!pending) {
        pending = (async () => {
          this.renders++;
          const t0 = performance.now();
          const res = await render();
          const e: Entry = { body: new Uint8Array(await res.arrayBuffer()), headers: [...res.headers.entries()], status: res.status };
          this.onRender?.(key, performance.now() - t0);
          if (res.status === 200) this.entries.set(key, e);
          return e;
        })().finally(() => this.inFlight.delete(key));
        this.inFlight.set(key, pending);
      }
      entry = await pending;
    }
    const headers = new Headers(entry.headers);
    headers.set("ETag", `"${key}"`);
    return new Response(entry.body.slice(), { status: entry.status, headers });
  }
}

const holder = globalThis as unknown as { __zjmapShareImages?: RenderedCache };

/** The process's share-image cache (shared by the Open Graph and Twitter routes). */
export function shareImageCache(): RenderedCache {
  holder.__zjmapShareImages ??= new RenderedCache({
    onRender: (key, ms) => getLogger().info({ key, durationMs: Math.round(ms) }, "share image drawn"),
  });
  return holder.__zjmapShareImages;
}
