import Link from "next/link";
import { SITE_NAME } from "@/lib/share/site";
import styles from "./share-page.module.css";

/** Frame of the readable pages: a slim bar back to the map, one column, a data credit. */
export default function SharePageShell({ children }: { children: React.ReactNode }) {
  return (
    <div className={styles.shell}>
      <header className={styles.topbar}>
        <Link href="/" className={styles.brand}>
          {SITE_NAME}
        </Link>
        <Link href="/" className={styles.topbarLink}>
          打开地图
        </Link>
      </header>
      <main className={styles.main}>{children}</main>
      <footer className={styles.footer}>
        报道文字来自各地报纸，数字与地名由程序自动识别，可能有误；以原文为准。
      </footer>
    </div>
  );
}
