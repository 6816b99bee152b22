"use client";
import { useRouter } from "next/navigation";
import styles from "./desk.module.css";

export default function SignOutButton() {
  const router = useRouter();
  return (
    <button
      type="button"
      className={styles.ghost}
      onClick={async () => {
        await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}", credentials: "same-origin" }).catch(() => null);
        router.replace("/desk/sign-in");
        router.refresh();
      }}
    >
      退出
    </button>
  );
}
