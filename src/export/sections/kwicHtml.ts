import { escapeHtml } from "../../charts/table";
import type { KwicRow } from "../../analysis/kwic";

/** KWIC lines as an HTML table: document, left context, keyword, right context; all escaped. */
export function kwicTableHtml(rows: readonly KwicRow[], empty = "no occurrences"): string {
  if (rows.length === 0) return `<p class="dk-none">${escapeHtml(empty)}</p>`;
  return (
    `<table class="dk-kwic">` +
    rows
      .map(
        (r) =>
          `<tr><td class="doc">${escapeHtml(r.doc)}</td><td class="left">${escapeHtml(r.left)}</td>` +
          `<td class="kw">${escapeHtml(r.keyword)}</td><td class="right">${escapeHtml(r.right)}</td></tr>`,
      )
      .join("") +
    `</table>`
  );
}
