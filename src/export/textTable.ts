import { formatCell } from "../charts/table";

/** Records as an aligned plain-text table for the terminal; numbers right-aligned. */
export function toTextTable<T extends object>(rows: readonly T[], columns?: (keyof T & string)[]): string {
  const cols = columns ?? ((rows[0] ? Object.keys(rows[0]) : []) as (keyof T & string)[]);
  const cells = rows.map((r) => cols.map((c) => formatCell((r as Record<string, unknown>)[c]).replace(/\s+/g, " ")));
  const numeric = cols.map((c) => rows.length > 0 && rows.every((r) => typeof (r as Record<string, unknown>)[c] === "number"));
  // A loop, not Math.max(...cells): a large folder's frequency table has 100,000+ rows, more
  // arguments than a call can take.
  const widths = cols.map((c, i) => cells.reduce((w, row) => Math.max(w, [...row[i]].length), c.length));
  const pad = (s: string, i: number) => (numeric[i] ? s.padStart(widths[i]) : s.padEnd(widths[i]));
  const lines = [cols.map((c, i) => pad(c, i)).join("  "), widths.map((w) => "-".repeat(w)).join("  ")];
  for (const row of cells) lines.push(row.map((s, i) => pad(s, i)).join("  ").trimEnd());
  return lines.join("\n") + "\n";
}
