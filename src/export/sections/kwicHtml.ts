import { escapeHtml } from "../../charts/table";
import type { KwicRow } from "../../analysis/kwic";

/** Lines shown per term in the page: a frequent word of a large corpus has tens of thousands. */
export const KWIC_LINES_SHOWN = 100;

/**
 * KWIC lines as an HTML table: document, left context, keyword, right context; all escaped. Past
 * `max` lines (default KWIC_LINES_SHOWN) the table says how many more there are and which CSV table
 * under tables/ holds every one.
 */
export function kwicTableHtml(rows: readonly KwicRow[], options: { table: string; max?: number; empty?: string }): string {
  if (rows.length === 0) return `<p class="dk-none">${escapeHtml(options.empty ?? "no occurrences")}</p>`;
  const max = options.max ?? KWIC_LINES_SHOWN;
  const more = rows.length - max;
  return (
    `<table class="dk-kwic">` +
    rows
      .slice(0, max)
      .map(
        (r) =>
          `<tr><td class="doc">${escapeHtml(r.doc)}</td><td class="left">${escapeHtml(r.left)}</td>` +
          `<td class="kw">${escapeHtml(r.keyword)}</td><td class="right">${escapeHtml(r.right)}</td></tr>`,
      )
      .join("") +
    (more > 0 ? `<tr><td colspan="4" class="dk-none">${more} more line${more === 1 ? "" : "s"}: every line is in tables/${escapeHtml(options.table)}.csv</td></tr>` : "") +
    `</table>`
  );
}
