import type { PlaceOutline } from "@/lib/og/place-outline";
import { SITE_NAME } from "@/lib/share/site";
import { OG_FONT_FAMILY, OG_SIZE } from "./render-og";

/*
 * Building blocks of the share cards, written for satori: every element with more than one child
 * is a flex box, and only inline styles. Plain functions (not components) so render-og can read
 * the text they will draw before choosing fonts.
 */

export const SHAPE_BOX = { width: 380, height: 380, padding: 10 };
export const LOCATOR_BOX = { width: 132, height: 132, padding: 6 };
const INK = "#1f2933";
const MUTED = "#5f6b77";
const BRAND = "#1f4e79";
const ACCENT = "#d1495b";

export type CardChip = { value: string; label: string };

export function chipRow(chips: CardChip[]) {
  return (
    <div style={{ display: "flex", gap: 14 }}>
      {chips.map((c, i) => (
        <div
          key={i}
          style={{
            display: "flex",
            flexDirection: "column",
            padding: "10px 18px",
            borderRadius: 14,
            background: "#fff8db",
            border: "2px solid #f3dd8a",
          }}
        >
          <div style={{ fontSize: 30, fontWeight: 700, color: INK, whiteSpace: "nowrap" }}>{c.value}</div>
          <div style={{ fontSize: 20, color: MUTED, whiteSpace: "nowrap" }}>{c.label}</div>
        </div>
      ))}
    </div>
  );
}

function brandRow(clean: (s: string) => string) {
  return (
    <div style={{ display: "flex", alignItems: "center", gap: 14 }}>
      <div style={{ width: 30, height: 30, borderRadius: 7, background: BRAND, display: "flex", alignItems: "center", justifyContent: "center" }}>
        <div style={{ width: 10, height: 10, borderRadius: 5, background: ACCENT }} />
      </div>
      <div style={{ fontSize: 26, fontWeight: 700, color: BRAND }}>{clean(SITE_NAME)}</div>
    </div>
  );
}

/** The right-hand map: the place's outline, and Zhejiang with the place marked. */
function mapPanel(outline: PlaceOutline | null) {
  return (
    <div
      style={{
        width: 440,
        height: OG_SIZE.height,
        background: "#eaf2fa",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        // lift the outline clear of the locator in the bottom corner
        paddingBottom: 96,
        position: "relative",
      }}
    >
      {outline && (
        <svg width={SHAPE_BOX.width} height={SHAPE_BOX.height} viewBox={`0 0 ${SHAPE_BOX.width} ${SHAPE_BOX.height}`}>
          <path d={outline.shape} fill="#6baed6" fillRule="evenodd" stroke={BRAND} strokeWidth={3} strokeLinejoin="round" />
        </svg>
      )}
      {outline && (
        <div
          style={{
            position: "absolute",
            right: 18,
            bottom: 18,
            display: "flex",
            background: "#ffffff",
            borderRadius: 10,
            border: "1px solid #c9d6e3",
          }}
        >
          <svg width={LOCATOR_BOX.width} height={LOCATOR_BOX.height} viewBox={`0 0 ${LOCATOR_BOX.width} ${LOCATOR_BOX.height}`}>
            <path d={outline.locator.province} fill="#d5dee8" stroke="#9fb3c8" strokeWidth={1} />
            {/* stroked too, so a small urban district still shows as a dot */}
            <path d={outline.locator.place} fill={ACCENT} stroke={ACCENT} strokeWidth={1.5} strokeLinejoin="round" />
          </svg>
        </div>
      )}
    </div>
  );
}

/** Layout shared by the article and county cards: text column on the left, map on the right. */
export function cardFrame(opts: {
  clean: (s: string) => string;
  outline: PlaceOutline | null;
  children: React.ReactNode;
  footer: string;
}) {
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", background: "#ffffff", fontFamily: OG_FONT_FAMILY }}>
      <div
        style={{
          width: OG_SIZE.width - 440,
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          padding: "52px 56px 44px",
          borderTop: `10px solid ${ACCENT}`,
        }}
      >
        {brandRow(opts.clean)}
        <div style={{ display: "flex", flexDirection: "column", gap: 22 }}>{opts.children}</div>
        <div style={{ fontSize: 20, color: "#8a96a3" }}>{opts.clean(opts.footer)}</div>
      </div>
      {mapPanel(opts.outline)}
    </div>
  );
}

export const CARD_COLORS = { INK, MUTED, BRAND, ACCENT };
