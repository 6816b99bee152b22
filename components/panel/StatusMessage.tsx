import styles from "./panel.module.css";

type Props = { kind: "loading" | "error" | "empty"; children: React.ReactNode; onRetry?: () => void; retryLabel?: string };

/** Loading, error and empty states say what is happening; errors offer a retry when it can help. */
export default function StatusMessage({ kind, children, onRetry, retryLabel }: Props) {
  return (
    <div className={`${styles.status} ${styles[kind]}`} role={kind === "error" ? "alert" : "status"} aria-live="polite">
      <p>{children}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {retryLabel}
        </button>
      )}
    </div>
  );
}
