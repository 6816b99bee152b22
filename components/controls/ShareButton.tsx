"use client";

import { useState } from "react";
import type { Strings } from "@/lib/i18n";
import styles from "./controls.module.css";

/** Copies the current link (the URL holds the whole view) and offers the system share sheet where there is one. */
export default function ShareButton({ t, title }: { t: Strings; title: string }) {
  const [message, setMessage] = useState("");
  const canShare = typeof navigator !== "undefined" && typeof navigator.share === "function";

  const copy = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setMessage(t.copied);
    } catch {
      setMessage(t.copyFailed);
    }
    window.setTimeout(() => setMessage(""), 2500);
  };

  const share = async () => {
    try {
      await navigator.share({ title, url: window.location.href });
    } catch {
      // The user closed the sheet: nothing to report.
    }
  };

  return (
    <div className={styles.share}>
      <button type="button" onClick={copy} data-testid="copy-link">
        {t.copyLink}
      </button>
      {canShare && (
        <button type="button" onClick={share}>
          {t.systemShare}
        </button>
      )}
      <span role="status" aria-live="polite" className={styles.toast} data-testid="share-status">
        {message}
      </span>
    </div>
  );
}
