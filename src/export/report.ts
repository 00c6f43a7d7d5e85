import { join } from "node:path";
import { bundleFor, figureDiv, plotlyScriptTag } from "../charts/plotlyHtml";
import { TABLE_CSS, escapeHtml } from "../charts/table";
import type { Corpus } from "../corpus/corpus";
import type { ActorRegistry } from "../lexicons/actorSchema";
import { groupPair } from "../studies/groupPair";
import { defaultActors } from "../lexicons/defaultActors";
import { defaultFrames } from "../lexicons/defaultFrames";
import type { FrameDictionary } from "../lexicons/frameSchema";
import { writeFileAtomic } from "../io/atomicWrite";
import { type TokenOptions, tokens } from "../text/tokens";
import { toCsv } from "./csv";
import { countTerms } from "../analysis/counts";
import { actorsSection } from "./sections/actorsSection";
import { corpusSection } from "./sections/corpusSection";
import { framingSection } from "./sections/framingSection";
import { collocationsSection } from "./sections/collocationsSection";
import { collocationStudy } from "../studies/collocationStudy";
import { compareGroups } from "../studies/compareGroups";
import { frequencySection } from "./sections/frequencySection";
import { type ReportSection, figureSlot } from "./sections/section";

export interface ReportOptions extends TokenOptions {
  /** Metadata field that defines the groups. Default "year". */
  by?: string;
  /** Terms per group in the frequency section. Default 20. */
  top?: number;
  /** The two groups compared in the framing section. Default: the first and last group. */
  a?: string;
  b?: string;
  /** Frame dictionary. Default `defaultFrames`. */
  frames?: FrameDictionary;
  /** Actor registry for the stance section. Default `defaultActors`. */
  actors?: ActorRegistry;
  /** Seed for bootstrap and permutation draws. Default 1. */
  seed?: number;
}

const REPORT_CSS =
  "body{font:15px/1.5 Helvetica,Arial,sans-serif;color:#222;max-width:1100px;margin:24px auto;padding:0 16px}" +
  "h1{font-size:24px}h2{border-bottom:1px solid #ccc;padding-bottom:4px;margin-top:36px}code{background:#f3f3f3;padding:0 3px}" +
  ".dk-kwic td{padding:1px 6px;font-size:13px}.dk-kwic .left{text-align:right;color:#555}.dk-kwic .kw{font-weight:700}" +
  ".dk-score{font-weight:700;font-family:monospace}.dk-kwic .right{color:#555}.dk-none{color:#888;font-style:italic}details{margin:4px 0}.dk-kwic .doc{color:#888;font-size:11px}nav a{margin-right:14px}";

/** Builds every section of the report. */
export function reportSections(corpus: Corpus, options: ReportOptions = {}): ReportSection[] {
  const by = options.by ?? "year";
  const { groups, a, b } = groupPair(corpus, { by, a: options.a, b: options.b });
  const pair = groups.length >= 2;
  // The actors read the texts, not the tokens: read first, their working memory is freed before the
  // tokens take theirs.
  const actors = actorsSection(corpus, { by, ...(pair ? { a, b } : {}), actors: options.actors ?? defaultActors, seed: options.seed });
  return [...tokenSections(corpus, options, { by, a, b, pair }), actors];
}

/**
 * The sections read from the report's tokens: corpus and frequency, and with two groups or more,
 * framing and collocations.
 */
function tokenSections(corpus: Corpus, options: ReportOptions, g: { by: string; a: string; b: string; pair: boolean }): ReportSection[] {
  const { by, a, b } = g;
  const toks = tokens(corpus, options);
  // Counted once: the frequency tables, keyness and frame coverage read the same counts.
  const counts = countTerms(toks, { by });
  const sections = [corpusSection(toks, by), frequencySection(toks, { by, top: options.top, seed: options.seed }, counts)];
  if (!g.pair) return sections;
  const frames = options.frames ?? defaultFrames;
  const comparison = compareGroups(toks, { by, a, b, frames, top: 12, seed: options.seed, counts });
  sections.push(framingSection(toks, { by, a, b, frames, seed: options.seed }, comparison));
  sections.push(collocationsSection(collocationStudy(toks, comparison.frameCounts, { by, a, b }), { by, a, b }));
  return sections;
}

/** The self-contained report page: plotly.js inlined once (the bundle its figures need), every text escaped, no network. */
export function reportHtml(corpus: Corpus, sections: readonly ReportSection[], generated: string): string {
  let figureCount = 0;
  const body = sections
    .map((s) => {
      let html = s.html;
      for (const f of s.figures) {
        html = html.replace(figureSlot(f.name), () => figureDiv(f.figure, `fig-${++figureCount}-${f.name}`));
      }
      return `<section id="${s.id}"><h2>${escapeHtml(s.title)}</h2>\n${html}</section>`;
    })
    .join("\n");
  const nav = sections.map((s) => `<a href="#${s.id}">${escapeHtml(s.title)}</a>`).join("");
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(corpus.name)} — discourse-kit report</title>` +
    `<meta name="generator" content="discourse-kit"><style>${REPORT_CSS}${TABLE_CSS}</style>${plotlyScriptTag(bundleFor(sections.flatMap((s) => s.figures.map((f) => f.figure))))}</head><body>` +
    `<h1>${escapeHtml(corpus.name)}</h1><p>Generated ${escapeHtml(generated)} by discourse-kit. ` +
    `Tables are sortable (click a header) and saved as CSV beside this file.</p><nav>${nav}</nav>\n${body}</body></html>`
  );
}

export interface WrittenReport {
  html: string;
  tables: string[];
  sections: ReportSection[];
}

/**
 * Writes `report.html` and `tables/<name>.csv` under `out`, each through a temporary file renamed
 * into place.
 */
export function writeReport(
  corpus: Corpus,
  out: string,
  options: ReportOptions = {},
  progress: (message: string) => void = () => {},
): WrittenReport {
  progress("analysing");
  const sections = reportSections(corpus, options);
  const tables: string[] = [];
  for (const s of sections) {
    for (const t of s.tables) {
      const path = join(out, "tables", `${t.name}.csv`);
      writeFileAtomic(path, toCsv(t.rows));
      tables.push(path);
    }
  }
  progress(`wrote ${tables.length} tables`);
  const html = join(out, "report.html");
  writeFileAtomic(html, reportHtml(corpus, sections, new Date().toISOString().slice(0, 10)));
  progress(`wrote ${html}`);
  return { html, tables, sections };
}
