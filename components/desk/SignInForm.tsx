"use client";
import { useState } from "react";
import styles from "./desk.module.css";

/** 邮箱 and 密码, then 登录: better-auth sets the HttpOnly session cookie; the page then opens `next`. */
export default function SignInForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setBusy(true);
    setError(null);
    try {
      const res = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: String(form.get("email") ?? ""), password: String(form.get("password") ?? "") }),
        credentials: "same-origin",
      });
      if (res.ok) {
        window.location.assign(next);
        return;
      }
      const data = (await res.json().catch(() => null)) as { message?: string } | null;
      setError(res.status === 429 ? (data?.message ?? "登录失败次数过多，请稍后再试") : res.status === 401 || res.status === 400 ? "邮箱或密码不正确" : `登录失败（${res.status}）`);
    } catch {
      setError("无法连接服务器");
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} className={styles.narrow} aria-label="登录编辑台">
      <h1 style={{ marginTop: 0, fontSize: 20 }}>编辑台登录</h1>
      <label className={styles.field}>
        邮箱
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label className={styles.field}>
        密码
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      <button className={styles.button} type="submit" disabled={busy}>
        登录
      </button>
      <p className={styles.muted}>账号由管理员在服务器上创建（npm run user -- add）。</p>
    </form>
  );
}
