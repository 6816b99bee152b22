// The desk end to end, in the browser: an editor made with `npm run user` signs in from the dashboard's
// 编辑台 link, pastes an invented page, previews and publishes it, corrects a story's place and one of
// its numbers, re-extracts the page, finds both corrections still applied on the public article page
// and the map, then undoes the number's correction.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { loadGazetteer } from "../lib/geo/gazetteer";
import { synthPage } from "../lib/synth/corpus";
import { saveShot, watchErrors, expectNoErrors } from "./helpers";

// The same database the test server reads (playwright.config.ts).
const DATABASE_URL = process.env.DATABASE_URL ?? "file:.local/e2e.sqlite";
const EMAIL = "e2e-editor@example.org";
const PASSWORD = "e2e desk password 1";
const SOURCE = "桌面测试报（合成）";
// An invented page (lib/synth), never stored by the other specs.
const PAGE = synthPage(loadGazetteer(), 424242, 0, 3).text;

function userCli(...args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/user.ts", ...args], {
    env: { ...process.env, DATABASE_URL, ZJ_PASSWORD: PASSWORD, CHECKPOINT_DISABLE: "1" },
    encoding: "utf8",
  });
}

/** Removes what this spec added (its page with its corrections, its account and log), so the other specs see the seed page only. */
function forgetDesk() {
  const file = path.resolve(DATABASE_URL.replace(/^file:/, ""));
  if (!fs.existsSync(file)) return;
  const db = new Database(file);
  try {
    db.pragma("foreign_keys = ON");
    db.transaction(() => {
      db.prepare(`DELETE FROM "Source" WHERE "name" = ?`).run(SOURCE);
      db.prepare(`DELETE FROM "DeskEvent"`).run();
      db.prepare(`DELETE FROM "AuthThrottle"`).run();
    })();
  } finally {
    db.close();
  }
  userCli("remove", EMAIL);
}

test.describe.configure({ timeout: 180_000 });

test.beforeAll(() => {
  forgetDesk();
  const made = userCli("add", EMAIL, "--role", "editor");
  expect(made.status, made.stderr + made.stdout).toBe(0);
  const list = userCli("list");
  expect(list.stdout).toContain(EMAIL);
});

test.afterAll(() => forgetDesk());

async function signIn(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: "编辑台" }).click();
  await expect(page).toHaveURL(/\/desk\/sign-in/);
  await page.getByLabel("邮箱").fill(EMAIL);
  await page.getByLabel("密码").fill("wrong password!");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("邮箱或密码不正确");
  await page.getByLabel("密码").fill(PASSWORD);
  await saveShot(page, "desk-01-sign-in");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByTestId("desk-user")).toHaveText(EMAIL);
}

test("an editor publishes a page, corrects it, re-extracts it and undoes a correction", async ({ page, request }) => {
  const errors = watchErrors(page);

  // Signed out, writes are refused and the desk sends to the sign-in page.
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const refused = await request.post("/api/desk/publish", { data: { text: PAGE, name: SOURCE }, headers: { origin } });
  expect(refused.status()).toBe(401);
  await page.goto("/desk");
  await expect(page).toHaveURL(/\/desk\/sign-in\?next=%2Fdesk/);

  await signIn(page);

  // Paste, preview, publish.
  await page.getByLabel("页面文本", { exact: true }).fill(PAGE);
  await page.getByLabel("来源", { exact: true }).fill(SOURCE);
  await page.getByLabel("日期", { exact: true }).fill("2026-05-16");
  await page.getByRole("button", { name: "预览" }).click();
  const previewed = page.getByTestId("preview-article");
  await expect(previewed.first()).toBeVisible();
  const n = await previewed.count();
  expect(n).toBeGreaterThan(1);
  await expect(previewed.first().locator("mark").first()).toBeVisible();
  await saveShot(page, "desk-02-preview");
  await page.getByRole("button", { name: "发布" }).click();
  await expect(page.getByTestId("published")).toContainText(`已发布：${n} 篇报道`);

  // The page, then its first story at the desk.
  await page.getByTestId("published").getByRole("link", { name: "查看这一页" }).click();
  await expect(page.getByTestId("page-article")).toHaveCount(n);
  await page.getByTestId("page-article").first().getByRole("link").click();
  await expect(page).toHaveURL(/\/desk\/article\/[0-9a-f]{12}$/);
  const articleId = page.url().split("/").pop()!;

  // Correct the place with the picker.
  await page.getByLabel("地点", { exact: true }).fill("安吉");
  await page.getByRole("button", { name: /湖州市安吉县/ }).first().click();
  await expect(page.getByTestId("current-place")).toHaveText("湖州市安吉县");

  // Fix the first number's value.
  const row = page.getByTestId("metric-row").first();
  const text = (await row.getAttribute("data-text"))!;
  const original = await row.getByLabel(`“${text}”的数值`).inputValue();
  await row.getByLabel(`“${text}”的数值`).fill("8888");
  await row.getByLabel(`“${text}”的统计对象`).fill("编辑改正");
  await row.getByRole("button", { name: "保存" }).click();
  await expect(page.getByRole("status")).toContainText("已保存：修改数字");
  await expect(page.getByTestId("metric-row").first().getByLabel(`“${text}”的数值`)).toHaveValue("8888");
  await expect(page.getByTestId("correction")).toHaveCount(2);
  await saveShot(page, "desk-03-corrected");

  // Re-extract the page: both corrections are applied again.
  await page.goto(page.url().replace(/\/desk\/article\/.*/, "/desk"));
  await page.getByRole("link", { name: SOURCE }).first().click();
  await page.getByRole("button", { name: "重新抽取这一页" }).click();
  await expect(page.getByTestId("reextract-result")).toContainText("校对全部重新应用");
  await expect(page.getByTestId("page-article").first()).toContainText("已人工校对");

  // The public article page shows them, marked, with the history.
  await page.goto(`/article/${articleId}`);
  await expect(page.getByTestId("corrected-badge")).toHaveText("已人工校对");
  await expect(page.locator("dl")).toContainText("安吉县");
  await expect(page.getByTestId("metric-corrected")).toHaveCount(1);
  await expect(page.locator("table")).toContainText("编辑改正");
  await expect(page.getByTestId("history").locator("li")).toHaveCount(2);
  await saveShot(page, "desk-04-public-article");

  // And the map's panel.
  await page.getByRole("link", { name: "在地图上查看" }).click();
  const panel = page.getByTestId("article-panel");
  await expect(panel.getByTestId("corrected-badge")).toBeVisible();
  await expect(panel).toContainText("安吉县");
  await saveShot(page, "desk-05-map-panel");

  // Undo the number's correction: the engine's value is back, the place stays corrected.
  await page.goto(`/desk/article/${articleId}`);
  await page.getByTestId("correction").filter({ hasText: "修改数字" }).getByRole("button", { name: "撤销" }).click();
  await expect(page.getByTestId("metric-row").first().getByLabel(`“${text}”的数值`)).toHaveValue(original);
  await expect(page.getByTestId("correction").filter({ hasText: "修改数字" })).toContainText("已由");
  await page.goto(`/article/${articleId}`);
  await expect(page.getByTestId("metric-corrected")).toHaveCount(0);
  await expect(page.locator("dl")).toContainText("安吉县");
  await expect(page.getByTestId("history")).toContainText("已撤销");
  await saveShot(page, "desk-06-after-undo");

  // The one 401 the browser logs is the deliberately wrong password at sign-in.
  expect(errors.filter((e) => /status of 401/.test(e))).toHaveLength(1);
  await expectNoErrors(errors.filter((e) => !/status of 401/.test(e)));
});
