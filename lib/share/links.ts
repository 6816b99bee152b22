/**
 * Links between the readable pages and the map. Map links are written by lib/url-state (the one
 * module that owns the dashboard's query format); route params are validated by it too, so a page
 * and the dashboard accept exactly the same ids.
 */
import { DEFAULT_STATE, parseViewState, serializeViewState } from "../url-state";

export function articlePath(id: string): string {
  return `/article/${encodeURIComponent(id)}`;
}

export function countyPath(adcode: string): string {
  return `/county/${encodeURIComponent(adcode)}`;
}

/** The dashboard with the article open: "/?article=<id>". */
export function mapLinkForArticle(id: string): string {
  return `/${serializeViewState({ ...DEFAULT_STATE, article: id })}`;
}

/** The dashboard with the county's panel open: "/?county=<adcode>". */
export function mapLinkForCounty(adcode: string): string {
  return `/${serializeViewState({ ...DEFAULT_STATE, county: adcode })}`;
}

/** A well-formed article id from a route param, or null (the page then answers 404). */
export function parseArticleParam(raw: string): string | null {
  return parseViewState(new URLSearchParams({ article: safeDecode(raw) })).article;
}

/** A well-formed Zhejiang county adcode from a route param, or null. */
export function parseCountyParam(raw: string): string | null {
  return parseViewState(new URLSearchParams({ county: safeDecode(raw) })).county;
}

function safeDecode(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return "";
  }
}
