"use client";

import dynamic from "next/dynamic";
import styles from "./charts.module.css";

/** MetricBars with recharts fetched only when a chart is actually shown (recharts is ~400 kB). */
const LazyMetricBars = dynamic(() => import("./MetricBars"), { ssr: false, loading: () => <div className={styles.placeholder} aria-hidden /> });

export default LazyMetricBars;
