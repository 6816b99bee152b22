import { handleAuthRequest } from "@/lib/auth/handler";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Sign-in, sign-out and the session (better-auth, restricted and throttled in lib/auth/handler). */
export function GET(req: Request) {
  return handleAuthRequest(getDb(), req);
}

export function POST(req: Request) {
  return handleAuthRequest(getDb(), req);
}
