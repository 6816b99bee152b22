"use client";

import type { Strings } from "@/lib/i18n";
import type { ArticleSummary } from "@/lib/view-models";
import type { Nav } from "../state/ViewLink";
import StoryCard from "./StoryCard";
import styles from "./panel.module.css";

/** Stories that sit on one spot of the map: listed so every one stays reachable. */
export default function ClusterList({ stories, nav, t, onClose }: { stories: ArticleSummary[]; nav: Nav; t: Strings; onClose: () => void }) {
  return (
    <section aria-labelledby="cluster-title" data-testid="cluster-list">
      <button type="button" className={styles.back} onClick={onClose}>
        ← {t.close}
      </button>
      <h2 id="cluster-title" className={styles.title}>
        {t.clusterList(stories.length)}
      </h2>
      <div className={styles.cards}>
        {stories.map((a) => (
          <StoryCard key={a.id} a={a} nav={nav} lang={nav.state.lang} />
        ))}
      </div>
    </section>
  );
}
