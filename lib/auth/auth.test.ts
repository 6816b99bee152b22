import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import type { Db } from "../db/client";
import { tempSqliteDb } from "../db/test-db";
import { cookieFrom, request, signIn } from "./auth-testing";
import { csrfProblem, currentEditor, guard } from "./guard";
import { handleAuthRequest } from "./handler";
import { SIGN_IN_RULES } from "./throttle";
import { addUser, listUsers, removeUser, setPassword, UserError } from "./users";

process.env.ZJ_AUTH_SECRET ??= "test-secret-for-the-desk-auth-tests-0123456789";

let db: Db;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ db, cleanup } = await tempSqliteDb());
  await addUser(db, { email: "Editor@Example.org", password: "correct horse 1", role: "editor" });
  await addUser(db, { email: "admin@example.org", password: "correct horse 2", role: "admin" });
}, 60_000);
afterAll(() => cleanup());

describe("accounts", () => {
  it("are stored with a hashed password, lower-cased email and a role", async () => {
    const users = await listUsers(db);
    expect(users.map((u) => [u.email, u.role])).toEqual([
      ["admin@example.org", "admin"],
      ["editor@example.org", "editor"],
    ]);
    const acc = await db.account.findFirst({ where: { user: { email: "editor@example.org" } } });
    expect(acc?.password).toBeTruthy();
    expect(acc?.password).not.toContain("correct horse");
  });

  it("refuse bad input clearly", async () => {
    await expect(addUser(db, { email: "not-an-email", password: "long enough 1", role: "editor" })).rejects.toThrow(UserError);
    await expect(addUser(db, { email: "x@example.org", password: "short", role: "editor" })).rejects.toThrow(/at least 10/);
    await expect(addUser(db, { email: "editor@example.org", password: "long enough 1", role: "editor" })).rejects.toThrow(/already has an account/);
    await expect(addUser(db, { email: "y@example.org", password: "long enough 1", role: "owner" as "admin" })).rejects.toThrow(/role/);
  });
});

describe("sign-in and sessions", () => {
  it("signs in with the right password into an HttpOnly, SameSite=Strict cookie", async () => {
    const { res, cookie } = await signIn(db, "editor@example.org", "correct horse 1");
    expect(res.status).toBe(200);
    const setCookie = res.headers.getSetCookie().find((c) => c.includes("session_token"))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    const editor = await currentEditor(db, new Headers({ cookie }));
    expect(editor).toMatchObject({ email: "editor@example.org", role: "editor" });
  });

  it("refuses a wrong password, sign-up and routes the desk does not use", async () => {
    expect((await signIn(db, "admin@example.org", "wrong password")).res.status).toBe(401);
    const signUp = await handleAuthRequest(db, request("/api/auth/sign-up/email", { body: { email: "new@example.org", password: "new password 1", name: "n" } }));
    expect(signUp.status).toBe(404);
    expect(await db.user.count({ where: { email: "new@example.org" } })).toBe(0);
    await db.authThrottle.deleteMany();
  });

  it("refuses a tampered cookie and an expired session", async () => {
    const { cookie } = await signIn(db, "editor@example.org", "correct horse 1");
    const [name, value] = cookie.split("=") as [string, string];
    const token = decodeURIComponent(value);
    const flipped = `${name}=${encodeURIComponent(token.slice(0, 5) + (token[5] === "A" ? "B" : "A") + token.slice(6))}`;
    expect(await currentEditor(db, new Headers({ cookie: flipped }))).toBeNull();
    // A forged signature on a real token
    const [raw] = token.split(".");
    expect(await currentEditor(db, new Headers({ cookie: `${name}=${encodeURIComponent(`${raw}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=`)}` }))).toBeNull();
    expect(await currentEditor(db, new Headers({ cookie }))).not.toBeNull();
    await db.session.updateMany({ where: { token: raw }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await currentEditor(db, new Headers({ cookie }))).toBeNull();
  });

  it("ends sessions when the account is removed or its password changed", async () => {
    await addUser(db, { email: "temp@example.org", password: "temporary pw 1", role: "editor" });
    const a = await signIn(db, "temp@example.org", "temporary pw 1");
    expect(await currentEditor(db, new Headers({ cookie: a.cookie }))).not.toBeNull();
    await setPassword(db, "temp@example.org", "temporary pw 2");
    expect(await currentEditor(db, new Headers({ cookie: a.cookie }))).toBeNull();
    const b = await signIn(db, "temp@example.org", "temporary pw 2");
    expect(await removeUser(db, "temp@example.org")).toBe(true);
    expect(await currentEditor(db, new Headers({ cookie: b.cookie }))).toBeNull();
  });

  it("locks an account after repeated wrong passwords, even for the right one, with Retry-After", async () => {
    for (let i = 0; i < SIGN_IN_RULES.account.max; i++) expect((await signIn(db, "admin@example.org", `wrong ${i}`)).res.status).toBe(401);
    const locked = await signIn(db, "admin@example.org", "correct horse 2");
    expect(locked.res.status).toBe(429);
    expect(Number(locked.res.headers.get("retry-after"))).toBeGreaterThan(0);
    // Other accounts are not affected
    expect((await signIn(db, "editor@example.org", "correct horse 1")).res.status).toBe(200);
    await db.authThrottle.deleteMany();
    expect((await signIn(db, "admin@example.org", "correct horse 2")).res.status).toBe(200);
  });

  it("limits failures per address across accounts", async () => {
    // A smaller limit for the test: each refused sign-in still runs the password hash (~0.5 s).
    const max = SIGN_IN_RULES.address.max;
    SIGN_IN_RULES.address.max = 4;
    onTestFinished(() => {
      SIGN_IN_RULES.address.max = max;
    });
    const headers = { "x-forwarded-for": "203.0.113.9" };
    for (let i = 0; i < SIGN_IN_RULES.address.max; i++) await signIn(db, `nobody${i}@example.org`, "whatever pw 1", headers);
    expect((await signIn(db, "editor@example.org", "correct horse 1", headers)).res.status).toBe(429);
    expect((await signIn(db, "editor@example.org", "correct horse 1", { "x-forwarded-for": "203.0.113.10" })).res.status).toBe(200);
    await db.authThrottle.deleteMany();
  });

  it("refuses a sign-in posted from another site", async () => {
    const res = await handleAuthRequest(db, request("/api/auth/sign-in/email", { body: { email: "editor@example.org", password: "correct horse 1" }, origin: "https://evil.example", headers: { cookie: "x=1" } }));
    expect(res.status).toBe(403);
    expect(cookieFrom(res)).toBe("");
  });
});

describe("guard", () => {
  it("checks origin, then session, then role", async () => {
    const editor = await signIn(db, "editor@example.org", "correct horse 1");
    const admin = await signIn(db, "admin@example.org", "correct horse 2");
    const post = (cookie: string | undefined, origin?: string | null) => request("/api/desk/x", { body: {}, cookie, origin });

    expect(((await guard(db, post(undefined))) as { response: Response }).response.status).toBe(401);
    expect(((await guard(db, post(editor.cookie, "https://evil.example"))) as { response: Response }).response.status).toBe(403);
    expect(((await guard(db, post(editor.cookie, null))) as { response: Response }).response.status).toBe(403);
    expect(await guard(db, post(editor.cookie))).toMatchObject({ ok: true, editor: { role: "editor" } });
    expect(((await guard(db, post(editor.cookie), "admin")) as { response: Response }).response.status).toBe(403);
    expect(await guard(db, post(admin.cookie), "admin")).toMatchObject({ ok: true, editor: { role: "admin" } });
  });

  it("accepts the Referer when a browser sends no Origin, and refuses cross-site fetches", () => {
    const base = { method: "POST" };
    expect(csrfProblem(new Request("http://a.test/x", { ...base, headers: { referer: "http://a.test/desk" } }))).toBeNull();
    expect(csrfProblem(new Request("http://a.test/x", { ...base, headers: { origin: "http://a.test", "sec-fetch-site": "cross-site" } }))).toMatch(/cross-site/);
    expect(csrfProblem(new Request("http://a.test/x", { ...base, headers: { origin: "http://b.test" } }))).toMatch(/not this site/);
    expect(csrfProblem(new Request("http://a.test/x", { method: "GET" }))).toBeNull();
    expect(csrfProblem(new Request("http://internal:3000/x", { ...base, headers: { origin: "https://map.example.org" } }), { SITE_URL: "https://map.example.org/" })).toBeNull();
  });
});
