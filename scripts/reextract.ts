// `npm run reextract [-- SOURCE_ID...]`: runs the current extraction engine on every stored page (or
// the given ones), keeps each story's id where the story is the same, applies every editor's
// correction again and lists those that could no longer be placed, for review at /desk. One
// transaction per page; a page that fails is reported and left as it was. Exit 1 when a page failed.
import { parseArgs } from "node:util";
import { resolveDatabase } from "@/lib/db/database-url";
import { prepareDatabase } from "@/lib/db/prepare";
import { reextractAll } from "@/lib/desk/reextract";

const USAGE = "usage: npm run reextract [-- SOURCE_ID...]";

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: {} });
  } catch (e) {
    console.error(`reextract: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { db, gazetteer } = await prepareDatabase(resolveDatabase());
  try {
    const only = args.positionals.length ? args.positionals : undefined;
    const summary = await reextractAll(db, {
      gazetteer,
      only,
      onPage: ({ name, sourceId, result, error, index, total }) => {
        const tag = `[${index + 1}/${total}] ${name} (${sourceId})`;
        if (error) return console.error(`${tag}: failed, left as it was: ${error.message}`);
        const r = result!;
        console.log(
          `${tag}: ${r.articles} articles (kept ${r.kept}, new ${r.added.length}, gone ${r.removed.length}), engine ${r.previousEngine ?? "?"} -> ${r.engineVersion}`,
        );
        for (const o of r.orphaned) console.log(`  correction #${o.id} no longer applies: ${o.reason}`);
      },
    });
    if (only && summary.pages < only.length) console.error(`reextract: ${only.length - summary.pages} of the given ids are not stored pages`);
    console.log(`${summary.pages} page(s) re-extracted, ${summary.failed} failed, ${summary.orphaned} correction(s) to review at /desk`);
    return summary.failed || (only && summary.pages < only.length) ? 1 : 0;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`reextract failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
