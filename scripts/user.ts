// `npm run user -- add EMAIL [--role editor|admin] [--name NAME]`, `npm run user -- list`,
// `npm run user -- remove EMAIL`, `npm run user -- password EMAIL`: desk accounts, made on the server
// only (there is no public sign-up). The password comes from ZJ_PASSWORD, or is asked on the terminal
// without echo. Exit 0 on success, 1 when the change was refused, 2 for bad usage.
import { parseArgs } from "node:util";
import { isRole, ROLES } from "@/lib/auth/roles";
import { addUser, listUsers, removeUser, setPassword, UserError } from "@/lib/auth/users";
import { createDb } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/database-url";
import { applyMigrations } from "@/lib/db/migrate";

const USAGE = `usage: npm run user -- add EMAIL [--role ${ROLES.join("|")}] [--name NAME]
       npm run user -- list
       npm run user -- remove EMAIL
       npm run user -- password EMAIL
The password is read from ZJ_PASSWORD, or asked on the terminal.`;

/** Reads a line from the terminal without echoing it. */
function askHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) return Promise.reject(new UserError("no terminal to ask the password on: set ZJ_PASSWORD"));
  return new Promise((resolve, reject) => {
    process.stdout.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    let value = "";
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stdout.write("\n");
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") return done();
        if (ch === "\u0003") return done(new UserError("cancelled"));
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on("data", onData);
  });
}

async function password(confirm: boolean): Promise<string> {
  const fromEnv = process.env.ZJ_PASSWORD;
  if (fromEnv) return fromEnv;
  const first = await askHidden("password: ");
  if (confirm && (await askHidden("again: ")) !== first) throw new UserError("the two passwords differ");
  return first;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { role: { type: "string", default: "editor" }, name: { type: "string" } } });
  } catch (e) {
    console.error(`user: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const [command, email, ...rest] = args.positionals;
  const needsEmail = command === "add" || command === "remove" || command === "password";
  if (!command || !["add", "list", "remove", "password"].includes(command) || (needsEmail && !email) || rest.length || (command === "list" && email)) {
    console.error(USAGE);
    return 2;
  }
  const role = args.values.role;
  if (!isRole(role)) {
    console.error(`user: the role must be one of ${ROLES.join(", ")}\n${USAGE}`);
    return 2;
  }
  // Accounts need the tables only, not the gazetteer: a fresh checkout can make its first account at once.
  const target = resolveDatabase();
  await applyMigrations(target);
  const db = createDb(target);
  try {
    switch (command) {
      case "add": {
        const u = await addUser(db, { email: email!, password: await password(true), role, name: args.values.name });
        console.log(`added ${u.email} (${u.role})`);
        return 0;
      }
      case "list": {
        const users = await listUsers(db);
        if (!users.length) console.log("no accounts yet: npm run user -- add EMAIL --role admin");
        for (const u of users) console.log(`${u.email}\t${u.role}\t${u.name}\tsince ${u.createdAt.toISOString().slice(0, 10)}\t${u.sessions} active session(s)`);
        return 0;
      }
      case "remove": {
        const removed = await removeUser(db, email!);
        if (!removed) {
          console.error(`user: no account for ${email}`);
          return 1;
        }
        console.log(`removed ${email} (signed out everywhere)`);
        return 0;
      }
      case "password":
        await setPassword(db, email!, await password(true));
        console.log(`password changed for ${email} (signed out everywhere)`);
        return 0;
    }
    return 2;
  } catch (e) {
    if (e instanceof UserError) {
      console.error(`user: ${e.message}`);
      return 1;
    }
    throw e;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`user failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
