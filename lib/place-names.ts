/**
 * English names of Zhejiang's cities and counties, for the English interface. The names are data
 * (data/ref/place-names-en.json, with how they were made); this module only looks them up. Chinese
 * stays the product's language: a code without an English name keeps its Chinese name.
 */
import data from "../data/ref/place-names-en.json";
import type { Lang } from "./i18n";

const NAMES: Record<string, { zh: string; en: string }> = data.names;

/** The English name of a city or county by adcode ("Xinchang County"), or null when there is none. */
export function placeNameEn(adcode: string | null | undefined): string | null {
  return adcode ? (NAMES[adcode]?.en ?? null) : null;
}

/** The official Chinese name by adcode, or null for an unknown code. */
export function placeNameZh(adcode: string | null | undefined): string | null {
  return adcode ? (NAMES[adcode]?.zh ?? null) : null;
}

/** A city's or county's name in the interface language. */
export function placeName(adcode: string | null | undefined, zhName: string, lang: Lang): string {
  return lang === "en" ? (placeNameEn(adcode) ?? zhName) : zhName;
}

/**
 * A story's place in the interface language. The Chinese name joins county and township
 * ("新昌县回山镇"); in English the county is named and the township, which has no English name
 * here, is kept in Chinese beside it: "Xinchang County (回山镇)".
 */
export function storyPlaceName(zh: string | null, countyCode: string | null, cityCode: string | null, lang: Lang): string | null {
  if (lang === "zh" || !zh) return zh;
  const code = countyCode ?? cityCode;
  const en = placeNameEn(code);
  if (!en || !code) return zh;
  const zhHead = NAMES[code]!.zh;
  const rest = zh.startsWith(zhHead) ? zh.slice(zhHead.length) : zh === zhHead ? "" : null;
  if (rest === null) return `${en} (${zh})`;
  return rest ? `${en} (${rest})` : en;
}

/** Every named code, for tests and the map's label expression. */
export function englishNames(): [string, string][] {
  return Object.entries(NAMES).map(([code, n]) => [code, n.en]);
}
