import Link from "next/link";
import SharePageShell from "./SharePageShell";
import styles from "./share-page.module.css";

/** The 404 body of the readable pages, in Chinese, with a way back to the map. */
export default function NotFoundNotice({ what }: { what: string }) {
  return (
    <SharePageShell>
      <div className={styles.card}>
        <h1 className={styles.title}>找不到这{what}</h1>
        <p className={styles.subtitle}>链接可能有误，或者内容已被移除。</p>
        <Link href="/" className={styles.primary}>
          返回地图
        </Link>
      </div>
    </SharePageShell>
  );
}
