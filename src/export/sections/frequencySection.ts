import { frequencyRows } from "../../analysis/frequency";
import { type CorpusCounts, countTerms } from "../../analysis/counts";
import { termConcordances } from "../../analysis/kwic";
import { termTrend } from "../../analysis/termTrend";
import { frequencyChart } from "../../charts/frequencyChart";
import { termTrendChart } from "../../charts/trendChart";
import { languageRows } from "../../studies/languages";
import { escapeHtml, tableHtml } from "../../charts/table";
import { foldNote } from "../../text/aliasFolds";
import type { Tokens } from "../../text/tokens";
import { kwicTableHtml } from "./kwicHtml";
import { type ReportSection, figureSlot } from "./section";

export interface FrequencySectionOptions {
  by: string;
  top?: number;
  seed?: number;
}

/** Top terms per group (chart and table), all counts as CSV, and KWIC lines for the top terms. */
export function frequencySection(toks: Tokens, options: FrequencySectionOptions, counts: CorpusCounts = countTerms(toks, { by: options.by })): ReportSection {
  const top = options.top ?? 20;
  const all = frequencyRows(counts);
  const topRows = frequencyRows(counts, { top });
  const bigramCounts = countTerms(toks, { by: options.by, ngram: 2 });
  const bigrams = frequencyRows(bigramCounts, { top: 10 });
  const figure = frequencyChart(topRows, { by: options.by, top: 15 });

  const groups = [...new Set(topRows.map((r) => r.group))];
  // Three or more groups (years): how the corpus's most frequent terms move, with intervals.
  const trend = groups.length >= 3 ? termTrend(toks, { by: options.by, top: 6, seed: options.seed, counts }) : [];
  const kwicTerms = [...new Set(groups.flatMap((g) => topRows.filter((r) => r.group === g).slice(0, 3).map((r) => r.term)))];
  const concordances = termConcordances(toks, kwicTerms, { window: 8 });
  const kwicRows = kwicTerms.flatMap((term) => concordances.get(term)!.map((r) => ({ term, ...r })));
  const kwicHtml = kwicTerms
    .map((term) => {
      const lines = kwicRows.filter((r) => r.term === term);
      return `<details><summary>${escapeHtml(term)} — ${lines.length} lines</summary>${kwicTableHtml(lines, { table: "kwic-top-terms" })}</details>`;
    })
    .join("\n");

  const languages = languageRows(toks);
  const html =
    `<p>Counts exclude stop words (${describe(toks.options.stopwords)}); multiword expressions ` +
    `(${describe(toks.options.phrases)}) count as one term. Rates are per 10,000 word tokens of the group; ` +
    `TF-IDF is count × log10(N/df) over all ${toks.docs.length} documents. ${escapeHtml(foldNote(toks.options))}` +
    (languages.length > 1 ? ` These tables count every language together (${languages.map((l) => l.language).join(", ")}); group by language to see each apart.` : ` The documents are in ${languages[0]?.language ?? "und"}.`) +
    `</p>` +
    figureSlot("term-frequency") +
    tableHtml(topRows, { caption: `Top ${top} terms per ${options.by}`, maxRows: top * groups.length }) +
    tableHtml(bigrams, { caption: `Top bigrams per ${options.by}`, maxRows: 10 * groups.length }) +
    (trend.length
      ? `<h3>Trends</h3><p>The 6 most frequent terms of the whole corpus, per 10,000 word tokens in each ${escapeHtml(options.by)}; ` +
        `95% intervals from 2,000 seeded bootstrap resamples of the group's sentences.</p>` +
        figureSlot("term-trend") +
        tableHtml(trend, { caption: `Term trend by ${options.by}`, maxRows: trend.length })
      : "") +
    `<h3>Terms in context</h3>` +
    kwicHtml;
  return {
    id: "frequency",
    title: "Term frequency",
    html,
    tables: [
      { name: "term-frequency", rows: all },
      { name: "bigram-frequency", rows: frequencyRows(bigramCounts) },
      { name: "kwic-top-terms", rows: kwicRows },
      ...(trend.length ? [{ name: "term-trend", rows: trend }] : []),
    ],
    figures: [{ name: "term-frequency", figure }, ...(trend.length ? [{ name: "term-trend", figure: termTrendChart(trend, { by: options.by }) }] : [])],
  };
}

function describe(option: unknown): string {
  if (option === "default" || option === "none") return option === "default" ? "default list" : "none";
  return `custom list of ${(option as unknown[]).length}`;
}
