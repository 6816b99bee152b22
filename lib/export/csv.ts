/**
 * CSV for downloads, written in pieces so a file of 100,000 rows never sits in memory: the same
 * dialect as the compare exports (lib/compare/csv.ts): UTF-8 BOM for Excel, CRLF, RFC 4180
 * quoting and formula-looking text defused by papaparse. Numbers stay numbers.
 */
import { unparse } from "papaparse";
import { BOM } from "../compare/csv";

export type Cell = string | number | boolean | null;
export type Column<T> = { name: string; cell: (row: T) => Cell };

const OPTIONS = { newline: "\r\n", escapeFormulae: true } as const;

function norm(c: Cell): string | number {
  if (c === null) return "";
  if (typeof c === "boolean") return c ? "true" : "false";
  return c;
}

/** The file's first piece: BOM and header line. */
export function csvHeader<T>(columns: Column<T>[]): string {
  return `${BOM}${unparse({ fields: columns.map((c) => c.name), data: [] }, OPTIONS).replace(/\r\n$/, "")}\r\n`;
}

/** Rows as CSV lines, each ending in CRLF. */
export function csvRows<T>(columns: Column<T>[], rows: T[]): string {
  if (rows.length === 0) return "";
  return `${unparse(rows.map((r) => columns.map((c) => norm(c.cell(r)))), OPTIONS)}\r\n`;
}

/** Lists in one cell (authors, tags): joined with "; ", which no name or theme id contains. */
export const list = (xs: string[]) => xs.join("; ");
