/** Where each feed lives (pure, so pages, panels and the API link to the same paths). */
export const ATOM_TYPE = "application/atom+xml";

export function countyFeedPath(code: string): string {
  return `/feeds/county/${code}.xml`;
}

export function cityFeedPath(code: string): string {
  return `/feeds/city/${code}.xml`;
}

export function themeFeedPath(tag: string): string {
  return `/feeds/theme/${tag}.xml`;
}

export function searchFeedPath(q: string): string {
  return `/feeds/search.xml?q=${encodeURIComponent(q)}`;
}
