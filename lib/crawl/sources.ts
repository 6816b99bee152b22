/**
 * The sources file: a JSON array (or {"sources": [...]}) of sites to follow. Validated whole before
 * anything is fetched, with every problem named by its position and field.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import { z } from "zod";

const regex = (what: string) =>
  z
    .string()
    .min(1, `${what} must not be empty`)
    .max(500)
    .refine((s) => {
      try {
        new RegExp(s, "u");
        return true;
      } catch {
        return false;
      }
    }, `${what} is not a valid regular expression`);

/** Encodings the crawler decodes (labels as sites write them; iconv-lite does the work). */
export const ENCODINGS = ["utf-8", "gbk", "gb2312", "gb18030", "big5"] as const;

export const sourceSchema = z
  .object({
    name: z.string().trim().min(1, "name must not be empty").max(200),
    url: z
      .string()
      .url("url must be an absolute http(s) URL")
      .refine((u) => /^https?:\/\//i.test(u), "url must start with http:// or https://"),
    kind: z.enum(["feed", "sitemap", "links"], { error: 'kind must be "feed", "sitemap" or "links"' }),
    /** links: articles are the links whose absolute URL matches this regex. */
    match: regex("match").optional(),
    /** links: index pages one level down (e-paper 版面 pages) whose links are read as well. */
    follow: regex("follow").optional(),
    county: z
      .string()
      .regex(/^33\d{4}$/, "county must be the adcode of a Zhejiang county or city, such as 330523")
      .optional(),
    encoding: z
      .string()
      .transform((s) => s.toLowerCase())
      .pipe(z.enum(ENCODINGS, { error: `encoding must be one of ${ENCODINGS.join(", ")}` }))
      .optional(),
    every: z.number().int("every is a whole number of minutes").min(1, "every must be at least 1 minute").max(60 * 24 * 30).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.kind === "links" && !s.match) ctx.addIssue({ code: "custom", path: ["match"], message: 'a "links" source needs match (a regex for article URLs)' });
    if (s.kind !== "links" && s.follow) ctx.addIssue({ code: "custom", path: ["follow"], message: 'follow only applies to "links" sources' });
  });

export type SourceConfig = z.output<typeof sourceSchema>;

const fileSchema = z.union([z.array(sourceSchema), z.object({ sources: z.array(sourceSchema) }).strict()]);

export class SourcesFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SourcesFileError";
  }
}

/** Default interval when a source gives no `every`. */
export const DEFAULT_EVERY_MINUTES = 60;

export function parseSources(text: string, label = "sources file"): SourceConfig[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new SourcesFileError(`${label} is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    // The union hides the useful messages: re-check as the array form the file most likely is.
    const list = Array.isArray(json) ? json : (json as { sources?: unknown })?.sources;
    const detail = Array.isArray(list) ? z.array(sourceSchema).safeParse(list) : null;
    const issues = (detail && !detail.success ? detail.error : parsed.error).issues;
    const lines = issues.slice(0, 20).map((i) => {
      const [index, ...rest] = i.path;
      const where = typeof index === "number" ? `source ${index + 1}${rest.length ? ` (${rest.join(".")})` : ""}` : i.path.join(".") || "file";
      return `  ${where}: ${i.message}`;
    });
    if (!Array.isArray(list)) lines.unshift('  the file must be a JSON array of sources, or {"sources": [...]}');
    throw new SourcesFileError(`${label} is invalid:\n${lines.join("\n")}`);
  }
  const sources = Array.isArray(parsed.data) ? parsed.data : parsed.data.sources;
  const seen = new Map<string, number>();
  sources.forEach((s, i) => {
    const id = crawlSourceId(s);
    if (seen.has(id)) throw new SourcesFileError(`${label} is invalid:\n  source ${i + 1}: same kind and url as source ${seen.get(id)! + 1}`);
    seen.set(id, i);
  });
  return sources;
}

export function loadSourcesFile(file: string): SourceConfig[] {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new SourcesFileError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
  return parseSources(text, file);
}

/** Stable id of a source: its kind and url (a renamed source keeps its history). */
export function crawlSourceId(s: Pick<SourceConfig, "kind" | "url">): string {
  return createHash("sha256").update(`${s.kind} ${s.url}`).digest("hex").slice(0, 16);
}

/**
 * E-papers put the date in the address (…/html/2024-03-02/node_1.htm). {YYYY}, {MM} and {DD} in a
 * source url are replaced with today's date in China Standard Time.
 */
export function expandUrlTemplate(url: string, now: Date = new Date()): string {
  if (!url.includes("{")) return url;
  const cst = new Date(now.getTime() + 8 * 3600_000);
  const yyyy = String(cst.getUTCFullYear());
  const mm = String(cst.getUTCMonth() + 1).padStart(2, "0");
  const dd = String(cst.getUTCDate()).padStart(2, "0");
  return url.replaceAll("{YYYY}", yyyy).replaceAll("{MM}", mm).replaceAll("{DD}", dd);
}
