/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
function csvField(v: unknown): string {
  if (v === null || v === undefined) return "";
  // A number's text never needs quoting (most fields of a large table are numbers).
  if (typeof v === "number") return String(v);
  return csvText(typeof v === "object" ? JSON.stringify(v) : String(v));
}

/** A text as a CSV field: quoted, its quotes doubled, when it holds a comma, quote or line break. */
export function csvText(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV line (without its line break) of these values. */
export function csvLine(values: readonly unknown[]): string {
  return values.map(csvField).join(",");
}

/** Records as CSV text with a header row; numbers are written in full precision. */
export function toCsv<T extends object>(rows: readonly T[], columns?: (keyof T & string)[]): string {
  const cols = columns ?? ((rows[0] ? Object.keys(rows[0]) : []) as (keyof T & string)[]);
  const lines = [csvLine(cols)];
  for (const row of rows) lines.push(csvLine(cols.map((c) => (row as Record<string, unknown>)[c])));
  return lines.join("\n") + "\n";
}
