"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { deskCall } from "./desk-api";
import styles from "./desk.module.css";

type User = { email: string; name: string; role: string; sessions: number };

/** Accounts, for admins: add one (email, password, role) or remove one (its sessions end). */
export default function UsersAdmin({ users, self }: { users: User[]; self: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function act(what: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await what();
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={styles.card} aria-labelledby="users">
      <h2 id="users">账号</h2>
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      <table className={styles.table}>
        <tbody>
          {users.map((u) => (
            <tr key={u.email}>
              <td>{u.email}</td>
              <td>{u.role === "admin" ? "管理员" : "编辑"}</td>
              <td className={styles.muted}>{u.sessions} 个登录</td>
              <td>
                {u.email !== self && (
                  <button type="button" className={styles.danger} disabled={busy} onClick={() => act(() => deskCall("/api/desk/users", { email: u.email }, "DELETE"))}>
                    删除
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className={styles.row}
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const form = e.currentTarget;
          void act(async () => {
            await deskCall("/api/desk/users", { email: String(f.get("email")), password: String(f.get("password")), role: String(f.get("role")) });
            form.reset();
          });
        }}
      >
        <label className={styles.field}>
          邮箱
          <input name="email" type="email" required />
        </label>
        <label className={styles.field}>
          初始密码
          <input name="password" type="password" minLength={10} required autoComplete="new-password" />
        </label>
        <label className={styles.field}>
          角色
          <select name="role" defaultValue="editor">
            <option value="editor">编辑</option>
            <option value="admin">管理员</option>
          </select>
        </label>
        <button type="submit" className={styles.button} disabled={busy} style={{ marginBottom: 12 }}>
          添加账号
        </button>
      </form>
    </section>
  );
}
