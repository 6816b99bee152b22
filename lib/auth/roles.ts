/** Desk roles: editors add pages and correct them; admins also manage accounts. */
export const ROLES = ["editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export function isRole(v: unknown): v is Role {
  return typeof v === "string" && (ROLES as readonly string[]).includes(v);
}

/** Whether an account with `role` may do what `needed` allows (admin includes editor). */
export function roleAllows(role: string | null | undefined, needed: Role): boolean {
  if (!isRole(role)) return false;
  return needed === "editor" ? true : role === "admin";
}

/** A signed-in desk user, as route handlers and pages see them. */
export type Editor = { id: string; email: string; name: string; role: Role };
