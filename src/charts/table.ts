/**
 * Tables as HTML, the companion of the chart builders: a pure function from typed records to an
 * escaped, sortable `<table>` used by notebooks and the report alike.
 */

export interface TableOptions<T> {
  /** Columns to show, in order. Default: the keys of the first row. */
  columns?: (keyof T & string)[];
  caption?: string;
  /** Show at most this many rows (the caption says how many were left out). Default 50. */
  maxRows?: number;
  /** Significant digits for non-integers. Default 4. */
  digits?: number;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** A number or value as a table shows it: integers whole, others to `digits` significant digits. */
export function formatCell(v: unknown, digits = 4): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") {
    if (Number.isInteger(v)) return String(v);
    if (!Number.isFinite(v)) return String(v);
    const abs = Math.abs(v);
    if (abs !== 0 && (abs < 1e-4 || abs >= 1e7)) return v.toExponential(digits - 1);
    return String(Number(v.toPrecision(digits)));
  }
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}

// Clicking a header sorts by that column (numbers numerically), clicking again reverses.
const SORT_ON_CLICK =
  "var th=this,t=th.closest('table'),i=Array.prototype.indexOf.call(th.parentNode.children,th),b=t.tBodies[0]," +
  "r=Array.prototype.slice.call(b.rows),d=th.getAttribute('data-dir')==='asc'?'desc':'asc';th.setAttribute('data-dir',d);" +
  "r.sort(function(x,y){var a=x.cells[i].getAttribute('data-v'),c=y.cells[i].getAttribute('data-v'),na=parseFloat(a),nc=parseFloat(c)," +
  "v=(!isNaN(na)&&!isNaN(nc))?na-nc:String(a).localeCompare(String(c));return d==='asc'?v:-v});" +
  "r.forEach(function(x){b.appendChild(x)})";

export const TABLE_CSS =
  ".dk-table{border-collapse:collapse;font:13px/1.35 Helvetica,Arial,sans-serif;margin:4px 0 12px}" +
  ".dk-table caption{text-align:left;font-weight:600;padding:4px 0}" +
  ".dk-table th{cursor:pointer;background:#f3f3f3;text-align:left;border-bottom:1px solid #999;padding:3px 8px;white-space:nowrap}" +
  ".dk-table td{border-bottom:1px solid #e5e5e5;padding:3px 8px;vertical-align:top}" +
  ".dk-table td.num{text-align:right;font-variant-numeric:tabular-nums}";

export function tableHtml<T extends object>(rows: readonly T[], options: TableOptions<T> = {}): string {
  const maxRows = options.maxRows ?? 50;
  const digits = options.digits ?? 4;
  const columns = options.columns ?? ((rows[0] ? Object.keys(rows[0]) : []) as (keyof T & string)[]);
  const shown = rows.slice(0, maxRows);
  const more = rows.length > shown.length ? ` (first ${shown.length} of ${rows.length} rows)` : "";
  const caption = options.caption || more ? `<caption>${escapeHtml((options.caption ?? "") + more)}</caption>` : "";
  const head = columns.map((c) => `<th onclick="${SORT_ON_CLICK}" title="sort">${escapeHtml(c)}</th>`).join("");
  const body = shown
    .map((row) => {
      const cells = columns.map((c) => {
        const v = (row as Record<string, unknown>)[c];
        const num = typeof v === "number";
        const sortValue = num ? String(v) : formatCell(v, digits);
        return `<td${num ? ' class="num"' : ""} data-v="${escapeHtml(sortValue)}">${escapeHtml(formatCell(v, digits))}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("\n");
  return `<table class="dk-table">${caption}<thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}
