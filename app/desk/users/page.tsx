import type { Metadata } from "next";
import DeskShell from "@/components/desk/DeskShell";
import UsersAdmin from "@/components/desk/UsersAdmin";
import styles from "@/components/desk/desk.module.css";
import { roleAllows } from "@/lib/auth/roles";
import { listUsers } from "@/lib/auth/users";
import { getDb } from "@/lib/db/client";
import { requireEditor } from "../require-editor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "账号｜编辑台", robots: { index: false } };

export default async function UsersPage() {
  const editor = await requireEditor("/desk/users");
  if (!roleAllows(editor.role, "admin")) {
    return (
      <DeskShell email={editor.email} admin={false}>
        <p className={styles.error}>只有管理员可以管理账号。</p>
      </DeskShell>
    );
  }
  const users = (await listUsers(getDb())).map((u) => ({ email: u.email, name: u.name, role: u.role, sessions: u.sessions }));
  return (
    <DeskShell email={editor.email} admin>
      <UsersAdmin users={users} self={editor.email} />
    </DeskShell>
  );
}
