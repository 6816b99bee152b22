import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentEditor } from "@/lib/auth/guard";
import type { Editor } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";

/** The signed-in editor, or a redirect to the sign-in page that comes back to `here`. */
export async function requireEditor(here: string): Promise<Editor> {
  const editor = await currentEditor(getDb(), await headers());
  if (!editor) redirect(`/desk/sign-in?next=${encodeURIComponent(here)}`);
  return editor;
}

/** Only paths inside the desk may be a sign-in's destination (no open redirect). */
export function safeNext(raw: string | string[] | undefined): string {
  const v = Array.isArray(raw) ? raw[0] : raw;
  return v && /^\/desk(\/[\w\-/]*)?$/.test(v) ? v : "/desk";
}
