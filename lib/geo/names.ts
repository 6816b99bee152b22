// How Chinese administrative names are built: a stem plus a type suffix. These helpers derive short
// names and suffix variants from the official names, so no place list has to be typed by hand.

import { TOWNSHIP_SUFFIXES as TOWN_SUFFIXES } from "../zh/place-words";

/** Township stem: 回山镇 -> 回山, 南星街道 -> 南星, 莪山畲族乡 -> 莪山. Names without a suffix stay. */
export function townStem(name: string): string {
  for (const s of TOWN_SUFFIXES) if (name.endsWith(s) && name.length > s.length + 1) return name.slice(0, -s.length);
  return name;
}

/** The type suffix that townStem removed ("" when none). */
export function townSuffix(name: string): string {
  const stem = townStem(name);
  return name.slice(stem.length);
}

/**
 * Other suffixes the same township is written with, from before a 镇 -> 街道 or 乡 -> 镇 change
 * (or the reverse): 塘栖镇 -> [塘栖街道, 塘栖乡].
 */
export function townSuffixVariants(name: string): string[] {
  const stem = townStem(name);
  const suffix = townSuffix(name);
  if (!suffix || stem.length < 2) return [];
  const base = suffix.includes("畲族") || suffix === "民族乡" ? [] : ["街道", "镇", "乡"];
  return base.filter((s) => s !== suffix).map((s) => stem + s);
}

/** County short name: 滨江区 -> 滨江, 新昌县 -> 新昌, 景宁畲族自治县 -> 景宁. */
export function countyShort(name: string): string {
  const m = /^(.+?)(?:畲族自治县|自治县)$/.exec(name);
  if (m?.[1]) return m[1];
  return name.length > 2 && /[区县市]$/.test(name) ? name.slice(0, -1) : name;
}

/** City short name: 台州市 -> 台州. */
export function cityShort(name: string): string {
  return name.length > 2 && name.endsWith("市") ? name.slice(0, -1) : name;
}

/** True for characters of CJK ideographs (BMP). */
export function isHan(ch: string | undefined): boolean {
  if (!ch) return false;
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}
