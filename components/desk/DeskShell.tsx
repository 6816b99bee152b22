import Link from "next/link";
import SignOutButton from "./SignOutButton";
import styles from "./desk.module.css";

/** The desk's frame: its own bar (back to the overview and the map, who is signed in). */
export default function DeskShell({ email, admin = false, children }: { email: string; admin?: boolean; children: React.ReactNode }) {
  return (
    <div className={styles.shell}>
      <header className={styles.bar}>
        <Link href="/desk" className={styles.barTitle}>
          编辑台
        </Link>
        <Link href="/">地图</Link>
        {admin && <Link href="/desk/users">账号</Link>}
        <span className={styles.spacer} />
        <span data-testid="desk-user">{email}</span>
        <SignOutButton />
      </header>
      <main className={styles.main}>{children}</main>
    </div>
  );
}
