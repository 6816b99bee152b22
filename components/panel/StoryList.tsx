"use client";

import { failureText, type Strings } from "@/lib/i18n";
import type { ArticleSummary } from "@/lib/view-models";
import type { Nav } from "../state/ViewLink";
import { usePaged } from "../state/usePaged";
import StatusMessage from "./StatusMessage";
import StoryCard from "./StoryCard";
import styles from "./panel.module.css";

type Props = { url: string | null; nav: Nav; t: Strings; terms?: string[]; empty: string; /** What the list holds, for its error message. */ what: string };

/** Story cards from a paged server list, newest first, with "more" at the end. */
export default function StoryList({ url, nav, t, terms, empty, what }: Props) {
  const list = usePaged<ArticleSummary>(url);
  if (list.status === "loading") return <StatusMessage kind="loading">{t.loading}</StatusMessage>;
  if (list.status === "error")
    return (
      <StatusMessage kind="error" onRetry={list.retry} retryLabel={t.retry}>
        {failureText(t, what, list.httpStatus, list.message)}
      </StatusMessage>
    );
  if (list.items.length === 0) return <StatusMessage kind="empty">{empty}</StatusMessage>;
  return (
    <>
      <div className={styles.cards} data-testid="story-list-cards">
        {list.items.map((a) => (
          <StoryCard key={a.id} a={a} nav={nav} terms={terms} lang={nav.state.lang} />
        ))}
      </div>
      {list.message && list.hasMore && !list.loadingMore && (
        <StatusMessage kind="error" onRetry={list.loadMore} retryLabel={t.retry}>
          {failureText(t, t.whatMore, list.httpStatus, list.message)}
        </StatusMessage>
      )}
      {list.hasMore && (
        <p className={styles.more}>
          <button type="button" onClick={list.loadMore} disabled={list.loadingMore} data-testid="load-more">
            {list.loadingMore ? t.loading : t.moreStories(list.total - list.items.length)}
          </button>
        </p>
      )}
    </>
  );
}
