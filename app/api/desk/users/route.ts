import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { addUser, listUsers, removeUser, UserError } from "@/lib/auth/users";
import { getDb } from "@/lib/db/client";
import { deskRoute } from "@/lib/desk/http";
import { issues } from "@/lib/desk/page-input";
import { DeskError } from "@/lib/desk/page-store";

export const dynamic = "force-dynamic";

const addSchema = z.object({ email: z.string(), password: z.string(), role: z.enum(ROLES), name: z.string().max(100).optional() });
const removeSchema = z.object({ email: z.string() });

/** Accounts: admins only (an editor gets 403). */
export function GET(req: Request) {
  const db = getDb();
  return deskRoute(db, req, async () => (await listUsers(db)).map((u) => ({ email: u.email, name: u.name, role: u.role, sessions: u.sessions })), "admin");
}

export function POST(req: Request) {
  const db = getDb();
  return deskRoute(
    db,
    req,
    async ({ editor, body }) => {
      const r = addSchema.safeParse(body);
      if (!r.success) throw new DeskError(issues(r.error));
      try {
        const u = await addUser(db, r.data, editor.email);
        return { email: u.email, role: u.role };
      } catch (e) {
        if (e instanceof UserError) throw new DeskError(e.message);
        throw e;
      }
    },
    "admin",
  );
}

export function DELETE(req: Request) {
  const db = getDb();
  return deskRoute(
    db,
    req,
    async ({ editor, body }) => {
      const r = removeSchema.safeParse(body);
      if (!r.success) throw new DeskError(issues(r.error));
      if (r.data.email.trim().toLowerCase() === editor.email) throw new DeskError("you cannot remove your own account");
      try {
        if (!(await removeUser(db, r.data.email, editor.email))) throw new DeskError("no such account", 404);
        return { removed: r.data.email };
      } catch (e) {
        if (e instanceof UserError) throw new DeskError(e.message);
        throw e;
      }
    },
    "admin",
  );
}
