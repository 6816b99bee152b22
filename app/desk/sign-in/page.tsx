import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import SignInForm from "@/components/desk/SignInForm";
import { currentEditor } from "@/lib/auth/guard";
import { getDb } from "@/lib/db/client";
import { safeNext } from "../require-editor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "登录编辑台", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const next = safeNext((await searchParams).next);
  if (await currentEditor(getDb(), await headers())) redirect(next);
  return <SignInForm next={next} />;
}
