// `npm run restore -- FILE`: puts a backup made by `npm run backup` back into the database in
// DATABASE_URL, then applies any migrations newer than the backup. Stop the server first.
import { resolveDatabase } from "@/lib/db/database-url";
import { applyMigrations } from "@/lib/db/migrate";
import { restoreDatabase } from "@/lib/ops/backup";
import { ROOT } from "./lib/run";

async function main(): Promise<number> {
  const file = process.argv.slice(2).find((a) => a !== "--");
  if (!file || process.argv.length > 4) {
    console.error("usage: npm run restore -- FILE");
    return 2;
  }
  const target = resolveDatabase();
  await restoreDatabase(target, file);
  // A backup from an older release is brought up to this release's schema.
  await applyMigrations(target, ROOT);
  console.log(`• restored ${file} into ${target.kind === "sqlite" ? target.file : "PostgreSQL"}; migrations up to date`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`restore failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
