// `npm run backup -- FILE`: a consistent backup of the database in DATABASE_URL, taken while the app
// runs (SQLite backup API, or pg_dump on PostgreSQL). FILE appears only once it is complete.
import { resolveDatabase } from "@/lib/db/database-url";
import { backupDatabase } from "@/lib/ops/backup";

async function main(): Promise<number> {
  const file = process.argv.slice(2).find((a) => a !== "--");
  if (!file || process.argv.length > 4) {
    console.error("usage: npm run backup -- FILE");
    return 2;
  }
  const target = resolveDatabase();
  const t0 = performance.now();
  const r = await backupDatabase(target, file);
  console.log(`• ${target.kind === "sqlite" ? "SQLite" : "PostgreSQL"} backup written to ${r.file} (${(r.bytes / 1024 / 1024).toFixed(1)} MB, ${r.kind}, ${Math.round(performance.now() - t0)} ms)`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`backup failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
