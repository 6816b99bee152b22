/**
 * The desk's routes as the browser calls them (real route handlers, real better-auth, a real SQLite
 * database with the gazetteer): refused requests change nothing, roles hold, and a correction
 * survives re-extraction until it is undone.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request, signIn } from "@/lib/auth/auth-testing";
import { addUser } from "@/lib/auth/users";
import type { Db } from "@/lib/db/client";
import { seedPlaces } from "@/lib/db/seed-places";
import { tempSqliteDb } from "@/lib/db/test-db";
import { loadGazetteer } from "@/lib/geo/gazetteer";
import { loadCountyPopulation } from "@/lib/ref/population";
import { synthPage } from "@/lib/synth/corpus";
import * as corrections from "./corrections/route";
import * as undo from "./corrections/[id]/undo/route";
import * as reextractPage from "./pages/[id]/reextract/route";
import * as places from "./places/route";
import * as preview from "./preview/route";
import * as publish from "./publish/route";
import * as reextractAll from "./reextract/route";
import * as uploads from "./uploads/route";
import * as users from "./users/route";

process.env.ZJ_AUTH_SECRET ??= "test-secret-for-the-desk-route-tests-0123456789";

let db: Db;
let cleanup: () => Promise<void>;
let editorCookie = "";
let adminCookie = "";
const gaz = loadGazetteer();
// An invented page (lib/synth): several stories with places and numbers.
const PAGE = synthPage(gaz, 777, 0, 3).text;

const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });

async function counts() {
  const [sources, articles, corrections, events, jobs, users] = await Promise.all([
    db.source.count(),
    db.article.count(),
    db.correction.count(),
    db.deskEvent.count(),
    db.job.count(),
    db.user.count(),
  ]);
  return { sources, articles, corrections, events, jobs, users };
}

beforeAll(async () => {
  ({ db, cleanup } = await tempSqliteDb());
  await seedPlaces(db, gaz, loadCountyPopulation());
  (globalThis as unknown as { __zjmapDb?: Db }).__zjmapDb = db;
  await addUser(db, { email: "editor@example.org", password: "editor password 1", role: "editor" });
  await addUser(db, { email: "admin@example.org", password: "admin password 1", role: "admin" });
  editorCookie = (await signIn(db, "editor@example.org", "editor password 1")).cookie;
  adminCookie = (await signIn(db, "admin@example.org", "admin password 1")).cookie;
}, 120_000);

afterAll(async () => {
  delete (globalThis as unknown as { __zjmapDb?: Db }).__zjmapDb;
  await cleanup();
});

const publishBody = { text: PAGE, name: "合成测试报", publishedOn: "2026-05-16" };

describe("a signed-out request", () => {
  it("gets 401 from every desk route and changes nothing", async () => {
    const before = await counts();
    const calls: [string, () => Promise<Response>][] = [
      ["preview", () => preview.POST(request("/api/desk/preview", { body: publishBody }))],
      ["publish", () => publish.POST(request("/api/desk/publish", { body: publishBody }))],
      ["correct", () => corrections.POST(request("/api/desk/corrections", { body: { kind: "hide", articleId: "0123456789ab" } }))],
      ["undo", () => undo.POST(request("/api/desk/corrections/1/undo", { body: {} }), params({ id: "1" }))],
      ["reextract page", () => reextractPage.POST(request("/api/desk/pages/0123456789abcdef/reextract", { body: {} }), params({ id: "0123456789abcdef" }))],
      ["reextract all", () => reextractAll.POST(request("/api/desk/reextract", { body: {} }))],
      ["upload", () => uploads.POST(request("/api/desk/uploads", { body: { name: "x", files: [{ fileName: "a.txt", base64: "5rWZ5rGf" }] } }))],
      ["add user", () => users.POST(request("/api/desk/users", { body: { email: "x@example.org", password: "long enough 1", role: "admin" } }))],
      ["remove user", () => users.DELETE(request("/api/desk/users", { method: "DELETE", body: { email: "admin@example.org" } }))],
      ["places", () => places.GET(request("/api/desk/places?q=青田"))],
    ];
    for (const [what, call] of calls) expect((await call()).status, what).toBe(401);
    // A tampered cookie is no session either.
    const forged = editorCookie.replace(/session_token=([^.;]+)/, "session_token=AAAA$1");
    expect((await publish.POST(request("/api/desk/publish", { body: publishBody, cookie: forged }))).status).toBe(401);
    expect(await counts()).toEqual(before);
  });

  it("from another site is refused even with a valid session (CSRF)", async () => {
    const before = await counts();
    const res = await publish.POST(request("/api/desk/publish", { body: publishBody, cookie: editorCookie, origin: "https://evil.example" }));
    expect(res.status).toBe(403);
    const noOrigin = await publish.POST(request("/api/desk/publish", { body: publishBody, cookie: editorCookie, origin: null }));
    expect(noOrigin.status).toBe(403);
    expect(await counts()).toEqual(before);
  });
});

describe("roles", () => {
  it("an editor cannot manage accounts; an admin can", async () => {
    const before = await counts();
    expect((await users.GET(request("/api/desk/users", { cookie: editorCookie }))).status).toBe(403);
    expect((await users.POST(request("/api/desk/users", { body: { email: "x@example.org", password: "long enough 1", role: "admin" }, cookie: editorCookie }))).status).toBe(403);
    expect((await users.DELETE(request("/api/desk/users", { method: "DELETE", body: { email: "admin@example.org" }, cookie: editorCookie }))).status).toBe(403);
    expect(await counts()).toEqual(before);

    const added = await users.POST(request("/api/desk/users", { body: { email: "new@example.org", password: "long enough 1", role: "editor" }, cookie: adminCookie }));
    expect(added.status).toBe(200);
    const list = (await (await users.GET(request("/api/desk/users", { cookie: adminCookie }))).json()) as { email: string }[];
    expect(list.map((u) => u.email)).toContain("new@example.org");
    expect((await users.DELETE(request("/api/desk/users", { method: "DELETE", body: { email: "new@example.org" }, cookie: adminCookie }))).status).toBe(200);
  });

  it("an expired session is refused", async () => {
    const { cookie } = await signIn(db, "editor@example.org", "editor password 1");
    const token = decodeURIComponent(/session_token=([^;]+)/.exec(cookie)![1]!).split(".")[0]!;
    await db.session.update({ where: { token }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await preview.POST(request("/api/desk/preview", { body: publishBody, cookie }))).status).toBe(401);
  });
});

describe("an editor", () => {
  let sourceId = "";
  let articleId = "";

  it("previews without storing, then publishes once", async () => {
    const before = await counts();
    const res = await preview.POST(request("/api/desk/preview", { body: publishBody, cookie: editorCookie }));
    expect(res.status).toBe(200);
    const p = (await res.json()) as { articles: { id: string; title: string; place: { label: string } | null; metrics: unknown[] }[]; warnings: unknown[] };
    expect(p.articles.length).toBeGreaterThan(1);
    expect(p.articles[0]!.place?.label).toBeTruthy();
    expect(await counts()).toEqual(before);

    const pub = (await (await publish.POST(request("/api/desk/publish", { body: publishBody, cookie: editorCookie }))).json()) as { status: string; sourceId: string; articles: number };
    expect(pub).toMatchObject({ status: "created", articles: p.articles.length });
    sourceId = pub.sourceId;
    articleId = p.articles[0]!.id;
    expect(await db.deskEvent.count({ where: { action: "publish", sourceId } })).toBe(1);
    // The same page again stores nothing new.
    const again = (await (await publish.POST(request("/api/desk/publish", { body: publishBody, cookie: editorCookie }))).json()) as { status: string };
    expect(again.status).toBe("unchanged");
    const dup = (await (await preview.POST(request("/api/desk/preview", { body: publishBody, cookie: editorCookie }))).json()) as { warnings: { code: string }[] };
    expect(dup.warnings.map((w) => w.code)).toContain("duplicate-page");
  });

  it("corrects a place and a number; both survive re-extraction; undo removes one", async () => {
    const pick = (await (await places.GET(request("/api/desk/places?q=龙泉", { cookie: editorCookie }))).json()) as { code: string; level: string }[];
    const county = pick.find((p) => p.level === "county")!;
    expect(county).toBeTruthy();
    const placeRes = await corrections.POST(request("/api/desk/corrections", { body: { kind: "place", articleId, code: county.code }, cookie: editorCookie }));
    expect(placeRes.status).toBe(200);

    const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, include: { metrics: { orderBy: { position: "asc" } } } });
    const m = article.metrics[0]!;
    const fix = await corrections.POST(
      request("/api/desk/corrections", {
        body: { kind: "metric-fix", articleId, start: m.start, end: m.end, text: m.text, metric: { value: 4242, unit: m.unit, approx: false, label: "改过的", kind: m.kind } },
        cookie: editorCookie,
      }),
    );
    expect(fix.status).toBe(200);
    const fixId = ((await fix.json()) as { correctionId: number }).correctionId;

    // A stale selection is refused and writes nothing.
    const before = await counts();
    const stale = await corrections.POST(request("/api/desk/corrections", { body: { kind: "metric-delete", articleId, start: 0, end: 3, text: "不对的字" }, cookie: editorCookie }));
    expect(stale.status).toBe(409);
    expect(await counts()).toEqual(before);

    // Re-extraction as an engine run would do it: the base is rebuilt, the fixes applied again.
    await db.article.update({ where: { id: articleId }, data: { countyCode: null, placeLevel: null } });
    const re = await reextractPage.POST(request(`/api/desk/pages/${sourceId}/reextract`, { body: {}, cookie: editorCookie }), params({ id: sourceId }));
    expect(re.status).toBe(200);
    expect(((await re.json()) as { orphaned: unknown[] }).orphaned).toEqual([]);
    const after = await db.article.findUniqueOrThrow({ where: { id: articleId }, include: { metrics: true } });
    expect(after.countyCode).toBe(county.code);
    expect(after.corrected).toBe(true);
    // What the number measures and what it is part of are kept through the fix and the rebuild.
    expect(after.metrics.find((x) => x.start === m.start)).toMatchObject({ value: 4242, label: "改过的", corrected: true, indicator: m.indicator, indicatorConfidence: m.indicatorConfidence });
    const parts = (rows: { start: number; partOf: number | null; position: number }[]) =>
      rows.map((x) => [x.start, x.partOf === null ? null : rows.find((y) => y.position === x.partOf)?.start]).sort();
    expect(parts(after.metrics)).toEqual(parts(article.metrics));

    const u = await undo.POST(request(`/api/desk/corrections/${fixId}/undo`, { body: {}, cookie: editorCookie }), params({ id: String(fixId) }));
    expect(u.status).toBe(200);
    const undone = await db.article.findUniqueOrThrow({ where: { id: articleId }, include: { metrics: true } });
    expect(undone.metrics.find((x) => x.start === m.start)).toMatchObject({ value: m.value, corrected: false });
    expect(undone.countyCode).toBe(county.code);
    expect((await undo.POST(request(`/api/desk/corrections/${fixId}/undo`, { body: {}, cookie: editorCookie }), params({ id: String(fixId) }))).status).toBe(409);
  });
});
