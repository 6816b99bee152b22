"use client";

import type { Strings } from "@/lib/i18n";
import type { Nav } from "../state/ViewLink";
import type { PinStories } from "../map/ZhejiangMap";
import StoryList from "./StoryList";
import styles from "./panel.module.css";

type Props = { what: PinStories; filters: string; nav: Nav; t: Strings; onClose: () => void };

/** Stories behind a map bubble (one place, or a cluster of places), newest first, page by page. */
export default function ClusterList({ what, filters, nav, t, onClose }: Props) {
  const pick = what.kind === "spot" ? `spot=${what.lon},${what.lat}` : `cluster=${what.id}&v=${what.version}`;
  return (
    <section aria-labelledby="cluster-title" data-testid="cluster-list">
      <button type="button" className={styles.back} onClick={onClose}>
        ← {t.close}
      </button>
      <h2 id="cluster-title" className={styles.title} tabIndex={-1}>
        {t.clusterList(what.count)}
      </h2>
      <StoryList url={`/api/pins/stories?${filters}${filters ? "&" : ""}${pick}`} nav={nav} t={t} empty={t.mapChanged} what={t.whatClusterStories} />
    </section>
  );
}
