// The desk on PostgreSQL: accounts and sessions through better-auth's Prisma adapter, corrections
// under the page's row lock (two instances correcting one page at once both land), re-extraction
// and undo, as on SQLite.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "../auth/auth-testing";
import { currentEditor } from "../auth/guard";
import { addUser } from "../auth/users";
import type { Editor } from "../auth/roles";
import { createDb, type Db } from "../db/client";
import { resolveDatabase } from "../db/database-url";
import { ingestSource } from "../db/ingest-write";
import { prepareDatabase } from "../db/prepare";
import { postgresUnavailable, startTempPostgres, type TempPostgres } from "../db/test-postgres";
import type { Gazetteer } from "../geo/gazetteer";
import { synthPage } from "../synth/corpus";
import { makeCorrection, undoCorrection } from "./correct";
import { engineDeps, reextractPage } from "./reextract";

process.env.ZJ_AUTH_SECRET ??= "test-secret-for-the-desk-pg-tests-0123456789abc";

const unavailable = postgresUnavailable();
if (unavailable) console.warn(`skipping the desk's PostgreSQL tests: ${unavailable}`);

describe.skipIf(unavailable !== null)("the desk on PostgreSQL", () => {
  let pg: TempPostgres;
  let a: Db;
  let b: Db;
  let gazetteer: Gazetteer;
  let editor: Editor;

  beforeAll(async () => {
    pg = startTempPostgres();
    const prepared = await prepareDatabase(resolveDatabase({ DATABASE_URL: pg.url }));
    a = prepared.db;
    gazetteer = prepared.gazetteer;
    b = createDb(resolveDatabase({ DATABASE_URL: pg.url }));
  }, 180_000);

  afterAll(async () => {
    await a?.$disconnect();
    await b?.$disconnect();
    pg?.stop();
  });

  it("signs an editor in and reads the session back", async () => {
    await addUser(a, { email: "pg-editor@example.org", password: "pg password 12", role: "editor" });
    const { res, cookie } = await signIn(a, "pg-editor@example.org", "pg password 12");
    expect(res.status).toBe(200);
    editor = (await currentEditor(b, new Headers({ cookie })))!;
    expect(editor).toMatchObject({ email: "pg-editor@example.org", role: "editor" });
  });

  it("applies corrections made at once from two instances, keeps them through re-extraction, undoes one", async () => {
    const page = synthPage(gazetteer, 31337, 0, 3).text;
    const stored = await ingestSource(a, { rawText: page, name: "合成测试报" }, gazetteer);
    const rows = await a.article.findMany({ where: { sourceId: stored.sourceId }, orderBy: { position: "asc" }, include: { metrics: { orderBy: { position: "asc" } } } });
    const [first, second] = rows;
    const m = first!.metrics[0]!;
    const deps = engineDeps(gazetteer);
    const [title, fix] = await Promise.all([
      makeCorrection(a, editor, { kind: "title", articleId: second!.id, title: "编辑改过的标题" }, deps),
      makeCorrection(b, editor, { kind: "metric-fix", articleId: first!.id, start: m.start, end: m.end, text: m.text, metric: { value: 777, unit: m.unit, approx: false, label: "改正", kind: m.kind } }, deps),
    ]);
    expect(title.report.outcomes.every((o) => o.status === "applied")).toBe(true);
    expect(fix.report.outcomes.every((o) => o.status === "applied")).toBe(true);

    const re = await reextractPage(b, stored.sourceId, { gazetteer });
    expect(re.orphaned).toEqual([]);
    expect(re.kept).toBe(rows.length);
    expect((await a.article.findUniqueOrThrow({ where: { id: second!.id } })).title).toBe("编辑改过的标题");
    expect(await a.metric.findFirst({ where: { articleId: first!.id, start: m.start } })).toMatchObject({ value: 777, corrected: true });

    await undoCorrection(a, editor, fix.correctionId, deps);
    expect(await a.metric.findFirst({ where: { articleId: first!.id, start: m.start } })).toMatchObject({ value: m.value, corrected: false });
    expect((await a.article.findUniqueOrThrow({ where: { id: second!.id } })).title).toBe("编辑改过的标题");
  });
});
