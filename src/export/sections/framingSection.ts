import { frameChart } from "../../charts/frameChart";
import { keynessChart } from "../../charts/keynessChart";
import { rateScatter } from "../../charts/rateScatter";
import { escapeHtml, tableHtml } from "../../charts/table";
import { wordShiftChart } from "../../charts/wordShiftChart";
import type { FrameDictionary } from "../../lexicons/frameSchema";
import { foldNote } from "../../text/aliasFolds";
import { comparisonNotes } from "../../studies/readingNotes";
import type { Tokens } from "../../text/tokens";
import { kwicTableHtml } from "./kwicHtml";
import { frameTrendChart } from "../../charts/trendChart";
import { type GroupComparison, compareGroups } from "../../studies/compareGroups";
import { type ReportSection, figureSlot } from "./section";

export interface FramingSectionOptions {
  by: string;
  a: string;
  b: string;
  frames: FrameDictionary;
  /** Key terms per side in charts, tables and evidence. Default 12. */
  top?: number;
  seed?: number;
}

/** Keyness between A and B (table, charts, KWIC evidence per key term) and frame prevalence. */
export function framingSection(
  toks: Tokens,
  options: FramingSectionOptions,
  study: GroupComparison = compareGroups(toks, { by: options.by, a: options.a, b: options.b, frames: options.frames, top: options.top ?? 12, seed: options.seed }),
): ReportSection {
  const { by, a, b } = options;
  const top = options.top ?? 12;
  const { keyness: rows, key, evidence, frameCounts: fc, frameRates: rates, frameDifferences: diffs, coverage, groupCount } = study;
  const labels = { labelA: a, labelB: b };

  const evidenceHtml = evidence
    .map((e) => {
      const r = rows.find((x) => x.term === e.term)!;
      return (
        `<details id="evidence-${escapeHtml(e.term.replace(/\s+/g, "-"))}"><summary><b>${escapeHtml(e.term)}</b> — ` +
        `${r.countA} in ${escapeHtml(a)}, ${r.countB} in ${escapeHtml(b)}; G² ${r.g2.toFixed(2)}, Fisher p ${r.fisherP.toPrecision(3)}` +
        `${r.lowCount ? " (fewer than 5 occurrences)" : ""}</summary>` +
        `<h4>${escapeHtml(a)}</h4>${kwicTableHtml(e.a, { table: "keyness-evidence" })}<h4>${escapeHtml(b)}</h4>${kwicTableHtml(e.b, { table: "keyness-evidence" })}</details>`
      );
    })
    .join("\n");
  const keyTable = [...key.a, ...key.b];
  const html =
    `<p>Group A is <b>${escapeHtml(by)} = ${escapeHtml(a)}</b>, group B <b>${escapeHtml(by)} = ${escapeHtml(b)}</b>. ` +
    (study.leftOut
      ? `Both are compared within one language, <b>${escapeHtml(study.language)}</b>: ${study.leftOut} of their documents in other languages are left out. `
      : `Their documents are in <b>${escapeHtml(study.language)}</b>. `) +
    `G² is Dunning's log-likelihood (signed: + = more in A), Log Ratio is Hardie's log2 ratio of relative frequencies, ` +
    `Fisher p is two-sided exact, pAdjusted is Benjamini–Hochberg over all ${rows.length} terms, logOddsZ is Monroe et al.'s ` +
    `log-odds with an informative Dirichlet prior. Terms with fewer than 5 occurrences are flagged (lowCount); read their ` +
    `p-values with care. ${escapeHtml(foldNote(toks.options))}</p>` +
    `<ul>${[...study.reading, ...comparisonNotes(toks.corpus, { by, a, b })].map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>` +
    figureSlot("keyness") +
    tableHtml(keyTable, { caption: `Top ${top} key terms per side (all terms in tables/keyness.csv)`, maxRows: 2 * top }) +
    `<h3>Evidence: every key term in context</h3>${evidenceHtml}` +
    figureSlot("rate-scatter") +
    figureSlot("word-shift") +
    `<h3>Frames</h3><p>Dictionary: ${escapeHtml(options.frames.name)}. Matches per 1,000 word tokens; ` +
    `95% intervals from 2,000 seeded bootstrap resamples of sentences; permutation p-values shuffle sentences between the groups.</p>` +
    tableHtml(options.frames.frames.map((f) => ({ frame: f.id, label: f.label, rationale: f.rationale, entries: f.entries.join(", ") })), { caption: "Frames and their entries" }) +
    figureSlot("frames") +
    (groupCount >= 3 ? figureSlot("frame-trend") : "") +
    tableHtml(diffs, { caption: `Frame differences, ${a} − ${b}` }) +
    tableHtml(study.frameDocuments, { caption: "Frames per document", maxRows: 200 }) +
    tableHtml(coverage, { caption: "Coverage: the most frequent terms no frame matches" });
  return {
    id: "framing",
    title: `Framing: ${a} vs ${b}${study.leftOut ? ` (${study.language})` : ""}`,
    html,
    tables: [
      { name: "keyness", rows },
      { name: "keyness-evidence", rows: evidence.flatMap((e) => [...e.a.map((r) => ({ term: e.term, group: a, ...r })), ...e.b.map((r) => ({ term: e.term, group: b, ...r }))]) },
      { name: "frame-rates", rows: rates },
      { name: "frame-differences", rows: diffs },
      { name: "frame-documents", rows: study.frameDocuments },
      { name: "frame-matches", rows: fc.matches },
      { name: "frame-coverage", rows: coverage },
    ],
    figures: [
      { name: "keyness", figure: keynessChart(rows, { ...labels, top }) },
      { name: "rate-scatter", figure: rateScatter(rows, labels) },
      { name: "word-shift", figure: wordShiftChart(rows, labels) },
      { name: "frames", figure: frameChart(rates, { by }) },
      ...(groupCount >= 3 ? [{ name: "frame-trend", figure: frameTrendChart(rates, { by }) }] : []),
    ],
  };
}
