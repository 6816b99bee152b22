/**
 * A page as the desk sends it: pasted text or an uploaded .txt/.html file (base64), with its source
 * name and date. Both go through the same decoding as `npm run ingest` (decodeInput: encodings,
 * HTML to text, size and junk checks), so the desk stores exactly what the CLI would.
 */
import { z } from "../zod";
import { ingestInputSchema } from "../db/ingest-write";
import { decodeInput, InputError } from "../ingest/input-check";
import { DeskError } from "./page-store";

export const MAX_FILES = 200;

const fileSchema = z.object({
  fileName: z.string().trim().min(1).max(300).regex(/\.(txt|html?)$/i, "only .txt and .html files"),
  base64: z.string().min(1).max(12_000_000),
});

export const pageRequestSchema = z
  .object({
    text: z.string().max(4_000_000).optional(),
    file: fileSchema.optional(),
    name: ingestInputSchema.shape.name,
    publishedOn: ingestInputSchema.shape.publishedOn.or(z.literal("").transform(() => null)),
    single: z.boolean().optional(),
  })
  .refine((r) => !!r.text?.trim() !== !!r.file, "paste the page's text or give one file");

export const batchRequestSchema = z.object({
  files: z.array(fileSchema).min(1, "no files").max(MAX_FILES, `at most ${MAX_FILES} files at once`),
  name: ingestInputSchema.shape.name,
  publishedOn: ingestInputSchema.shape.publishedOn.or(z.literal("").transform(() => null)),
  single: z.boolean().optional(),
});

export type PageInput = { rawText: string; name: string; publishedOn: string | null; fileName: string | null; single: boolean };

export function issues(e: z.ZodError): string {
  return e.issues.map((i) => `${i.path.join(".") || "request"}: ${i.message}`).join("; ");
}

/** Decodes a file sent as base64 the way `npm run ingest` reads one from disk. */
export function decodeFile(file: { fileName: string; base64: string }): string {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(file.base64)) throw new InputError("the file was not sent as base64");
  return decodeInput(new Uint8Array(Buffer.from(file.base64, "base64")));
}

export function parsePageRequest(body: unknown): PageInput {
  const r = pageRequestSchema.safeParse(body);
  if (!r.success) throw new DeskError(issues(r.error));
  const { text, file, name, publishedOn, single } = r.data;
  const rawText = file ? decodeFile(file) : decodeInput(new TextEncoder().encode(text!));
  return { rawText, name, publishedOn: publishedOn ?? null, fileName: file?.fileName ?? null, single: single ?? false };
}
