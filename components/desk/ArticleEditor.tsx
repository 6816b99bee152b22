"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { EditorArticle, EditorMetric } from "@/lib/desk/editor-view";
import type { PlaceOption } from "@/lib/desk/places";
import { METRIC_KINDS } from "@/lib/metrics/kinds";
import { deskCall } from "./desk-api";
import History from "./History";
import MarkedText from "./MarkedText";
import styles from "./desk.module.css";

type Fields = { value: string; unit: string; approx: boolean; label: string; kind: string };

const KIND_OPTIONS = Object.values(METRIC_KINDS).map((k) => ({ value: k.kind, label: k.zh }));

function toMetric(f: Fields) {
  const value = Number(f.value);
  if (f.value.trim() === "" || !Number.isFinite(value)) throw new Error("数值必须是数字");
  return { value, unit: f.unit.trim(), approx: f.approx, label: f.label.trim(), kind: f.kind };
}

/** Correcting one stored article: each action is one correction record, made in one transaction. */
export default function ArticleEditor({ article }: { article: EditorArticle }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function correct(req: Record<string, unknown>, after?: (r: { articles: string[] }) => void) {
    setBusy(true);
    setError(null);
    setNote(null);
    try {
      const r = await deskCall<{ summary: string; articles: string[] }>("/api/desk/corrections", { articleId: article.id, ...req });
      setNote(`已保存：${r.summary}`);
      if (after) after(r);
      else if (!r.articles.includes(article.id)) router.push(`/desk/page/${article.sourceId}`);
      router.refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      {note && (
        <p className={styles.ok} role="status">
          {note}
        </p>
      )}
      <div className={styles.grid}>
        <section className={styles.card} aria-labelledby="ed-place">
          <h2 id="ed-place">地点与标题</h2>
          <p>
            现在：
            <strong data-testid="current-place">{article.place?.label ?? "未定位"}</strong>
            {article.place?.confidence != null && (
              <span className={article.place.low ? styles.low : styles.muted}>（把握 {Math.round(article.place.confidence * 100)}%）</span>
            )}
          </p>
          <PlacePicker disabled={busy} onPick={(p) => correct({ kind: "place", code: p.code })} />
          {/* keyed by what is stored, so the fields show it again after a correction */}
          <TitleEditor key={article.title} title={article.title} disabled={busy} onSave={(title) => correct({ kind: "title", title })} />
        </section>
        <section className={styles.card} aria-labelledby="ed-split">
          <h2 id="ed-split">拆分、合并、隐藏</h2>
          <SplitEditor key={article.splitPoints.map((p) => p.at).join()} points={article.splitPoints} disabled={busy} onSplit={(at) => correct({ kind: "split", at }, () => undefined)} />
          <p>
            <button type="button" className={styles.ghost} disabled={busy || !article.next} onClick={() => correct({ kind: "merge" }, () => undefined)}>
              与下一篇合并
            </button>{" "}
            <span className={styles.muted}>{article.next ? `下一篇：${article.next.title}` : "这是本页最后一篇"}</span>
          </p>
          <p>
            <button type="button" className={styles.danger} disabled={busy} onClick={() => correct({ kind: "hide" })}>
              隐藏这篇报道
            </button>
          </p>
        </section>
      </div>

      <section className={styles.card} aria-labelledby="ed-text">
        <h2 id="ed-text">正文</h2>
        <p className={styles.muted}>用鼠标选中正文中的文字，即可在下方“添加数字”。</p>
        <div id="article-text">
          <MarkedText body={article.body} metrics={article.metrics} places={article.mentions} corrected={article.metrics.map((m) => m.corrected)} />
        </div>
        <AddMetric body={article.body} disabled={busy} onAdd={(span, metric) => correct({ kind: "metric-add", ...span, metric })} onError={setError} />
      </section>

      <section className={styles.card} aria-labelledby="ed-metrics">
        <h2 id="ed-metrics">数字（{article.metrics.length}）</h2>
        <table className={styles.table}>
          <thead>
            <tr>
              <th>原文</th>
              <th>数值</th>
              <th>单位</th>
              <th>类别</th>
              <th>统计对象</th>
              <th>约数</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {article.metrics.map((m) => (
              <MetricRow
                key={`${m.start}-${m.end}-${m.value}-${m.unit}-${m.kind}-${m.label}-${m.approx}`}
                metric={m}
                disabled={busy}
                onSave={(f) => {
                  try {
                    void correct({ kind: "metric-fix", start: m.start, end: m.end, text: m.text, metric: toMetric(f) });
                  } catch (e) {
                    setError((e as Error).message);
                  }
                }}
                onDelete={() => correct({ kind: "metric-delete", start: m.start, end: m.end, text: m.text })}
              />
            ))}
          </tbody>
        </table>
      </section>

      <History items={article.history} />
    </div>
  );
}

function PlacePicker({ onPick, disabled }: { onPick: (p: PlaceOption) => void; disabled: boolean }) {
  const [q, setQ] = useState("");
  const [options, setOptions] = useState<PlaceOption[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function search(value: string) {
    setQ(value);
    if (!value.trim()) return setOptions(null);
    try {
      const found = await deskCall<PlaceOption[]>(`/api/desk/places?q=${encodeURIComponent(value.trim())}`);
      setOptions(found);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <div className={styles.field}>
      <label htmlFor="place-search">地点</label>
      <input id="place-search" type="search" value={q} onChange={(e) => void search(e.target.value)} placeholder="输入区县或乡镇名称" autoComplete="off" disabled={disabled} />
      {error && <span className={styles.error}>{error}</span>}
      {options && (
        <ul className={styles.options} aria-label="地点候选">
          {options.length === 0 && <li className={styles.muted}>没有找到</li>}
          {options.map((o) => (
            <li key={o.code}>
              <button type="button" disabled={disabled} onClick={() => onPick(o)} data-code={o.code}>
                {o.label}
                <span className={styles.muted}>（{o.level === "county" ? "区县" : "乡镇街道"}）</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function TitleEditor({ title, onSave, disabled }: { title: string; onSave: (t: string) => void; disabled: boolean }) {
  const [value, setValue] = useState(title);
  return (
    <div className={styles.row}>
      <label className={styles.field}>
        标题
        <input value={value} onChange={(e) => setValue(e.target.value)} maxLength={200} />
      </label>
      <button type="button" className={styles.ghost} disabled={disabled || !value.trim() || value.trim() === title} onClick={() => onSave(value.trim())} style={{ marginBottom: 12 }}>
        保存标题
      </button>
    </div>
  );
}

function SplitEditor({ points, onSplit, disabled }: { points: EditorArticle["splitPoints"]; onSplit: (at: number) => void; disabled: boolean }) {
  const [at, setAt] = useState<string>(points[0] ? String(points[0].at) : "");
  if (!points.length) return <p className={styles.muted}>只有一段，不能拆分。</p>;
  return (
    <div className={styles.row}>
      <label className={styles.field}>
        从这一段起拆成新报道
        <select value={at} onChange={(e) => setAt(e.target.value)}>
          {points.map((p) => (
            <option key={p.at} value={p.at}>
              {p.preview}…
            </option>
          ))}
        </select>
      </label>
      <button type="button" className={styles.ghost} disabled={disabled || !at} onClick={() => onSplit(Number(at))} style={{ marginBottom: 12 }}>
        拆分
      </button>
    </div>
  );
}

function MetricFields({ f, set, prefix }: { f: Fields; set: (f: Fields) => void; prefix: string }) {
  return (
    <>
      <td>
        <input aria-label={`${prefix}数值`} value={f.value} inputMode="decimal" onChange={(e) => set({ ...f, value: e.target.value })} />
      </td>
      <td>
        <input aria-label={`${prefix}单位`} value={f.unit} onChange={(e) => set({ ...f, unit: e.target.value })} />
      </td>
      <td>
        <select aria-label={`${prefix}类别`} value={f.kind} onChange={(e) => set({ ...f, kind: e.target.value })}>
          {KIND_OPTIONS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input aria-label={`${prefix}统计对象`} value={f.label} onChange={(e) => set({ ...f, label: e.target.value })} />
      </td>
      <td>
        <input aria-label={`${prefix}约数`} type="checkbox" checked={f.approx} onChange={(e) => set({ ...f, approx: e.target.checked })} />
      </td>
    </>
  );
}

function MetricRow({ metric, onSave, onDelete, disabled }: { metric: EditorMetric; onSave: (f: Fields) => void; onDelete: () => void; disabled: boolean }) {
  const [f, setF] = useState<Fields>({ value: String(metric.value), unit: metric.unit, approx: metric.approx, label: metric.label, kind: metric.kind });
  return (
    <tr data-testid="metric-row" data-text={metric.text}>
      <td>
        {metric.text}
        {metric.corrected && <span className={styles.badge}>已校对</span>}
      </td>
      <MetricFields f={f} set={setF} prefix={`“${metric.text}”的`} />
      <td style={{ whiteSpace: "nowrap" }}>
        <button type="button" className={styles.ghost} disabled={disabled} onClick={() => onSave(f)}>
          保存
        </button>{" "}
        <button type="button" className={styles.danger} disabled={disabled} onClick={onDelete}>
          删除
        </button>
      </td>
    </tr>
  );
}

/** The selection inside the article text as offsets into the body (every run carries data-start). */
function selectedSpan(body: string): { start: number; end: number; text: string } | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const r = sel.getRangeAt(0);
  const root = document.getElementById("article-text");
  if (!root || !root.contains(r.startContainer) || !root.contains(r.endContainer)) return null;
  const offset = (node: Node, within: number) => {
    const el = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
    const start = Number(el?.closest("[data-start]")?.getAttribute("data-start"));
    return Number.isFinite(start) ? start + (node.nodeType === Node.TEXT_NODE ? within : 0) : NaN;
  };
  let start = offset(r.startContainer, r.startOffset);
  let end = offset(r.endContainer, r.endOffset);
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) return null;
  while (start < end && /\s/.test(body[start]!)) start++;
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  if (end - start > 200 || end <= start) return null;
  return { start, end, text: body.slice(start, end) };
}

function AddMetric({ body, onAdd, onError, disabled }: { body: string; onAdd: (span: { start: number; end: number; text: string }, m: ReturnType<typeof toMetric>) => void; onError: (m: string) => void; disabled: boolean }) {
  const [span, setSpan] = useState<{ start: number; end: number; text: string } | null>(null);
  const [f, setF] = useState<Fields>({ value: "", unit: "", approx: false, label: "", kind: "count" });
  return (
    <div>
      <h3>添加数字</h3>
      <p>
        <button
          type="button"
          className={styles.ghost}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            const s = selectedSpan(body);
            if (!s) return onError("先在正文中选中一个数字的文字");
            setSpan(s);
            const n = s.text.match(/\d+(?:\.\d+)?/);
            setF((old) => ({ ...old, value: n ? n[0] : old.value, unit: s.text.replace(/^[约近超逾]?[\d.]+/, "").replace(/^余/, "") || old.unit, approx: /[约近余多]/.test(s.text) }));
          }}
        >
          使用选中的文字
        </button>{" "}
        <span data-testid="selected-text">{span ? `已选：“${span.text}”` : "未选择"}</span>
      </p>
      {span && (
        <table className={styles.table}>
          <tbody>
            <tr>
              <MetricFields f={f} set={setF} prefix="新数字的" />
              <td>
                <button
                  type="button"
                  className={styles.button}
                  disabled={disabled}
                  onClick={() => {
                    try {
                      onAdd(span, toMetric(f));
                      setSpan(null);
                    } catch (e) {
                      onError((e as Error).message);
                    }
                  }}
                >
                  添加数字
                </button>
              </td>
            </tr>
          </tbody>
        </table>
      )}
    </div>
  );
}
