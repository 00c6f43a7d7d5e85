import { collocationChart } from "../../charts/collocationChart";
import { escapeHtml, tableHtml } from "../../charts/table";
import type { CollocationStudy } from "../../studies/collocationStudy";
import { kwicTableHtml } from "./kwicHtml";
import { type ReportSection, figureSlot } from "./section";

const slug = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, "-").toLowerCase();

/** Collocates of the most frequent frame words in A and B (chart, table, evidence) and the sequences that hold together. */
export function collocationsSection(study: CollocationStudy, g: { by: string; a: string; b: string }): ReportSection {
  const { a, b } = g;
  const nodeHtml = study.nodes
    .map((n) => {
      const head = `<h3>“${escapeHtml(n.node)}” (${n.count} matches, mostly frame ${escapeHtml(n.frame)})</h3>`;
      if (n.note) return `${head}<p class="dk-none">${escapeHtml(n.note)}</p>`;
      if (!n.shown.length) return `${head}<p class="dk-none">No collocate is seen ${study.minCount} or more times near it in ${escapeHtml(a)} and ${escapeHtml(b)} together.</p>`;
      const evidence = n.evidence
        .map((e) => {
          const r = n.shown.find((x) => x.collocate === e.collocate)!;
          return (
            `<details><summary><b>${escapeHtml(e.collocate)}</b> — ${r.countA} in ${escapeHtml(a)}, ${r.countB} in ${escapeHtml(b)}; G² ${r.g2.toFixed(2)}</summary>` +
            `<h4>${escapeHtml(a)}</h4>${kwicTableHtml(e.a, { table: "collocation-evidence" })}<h4>${escapeHtml(b)}</h4>${kwicTableHtml(e.b, { table: "collocation-evidence" })}</details>`
          );
        })
        .join("\n");
      return head + figureSlot(`collocations-${slug(n.node)}`) + tableHtml(n.shown, { caption: `Collocates of “${n.node}”, ${a} vs ${b}`, maxRows: n.shown.length }) + evidence;
    })
    .join("\n");
  const html =
    `<p>The words the frames match most often, and the words within ${study.window} words of them in the same sentence ` +
    `(stop words left out; counted on single words, so a listed phrase's words are each other's collocates). A collocate's ` +
    `share of the word's surroundings in ${escapeHtml(a)} and ${escapeHtml(b)} is compared with G² and Log Ratio; log-Dice ` +
    `(at most 14) measures how strongly it goes with the word within each group. Collocates seen fewer than ` +
    `${study.minCount} times are left out; with few documents, read these as descriptions of the texts, each with its lines below.</p>` +
    nodeHtml +
    `<h3>Sequences that hold together</h3><p>Two- and three-word sequences of the whole corpus by z (λ: the log-linear ` +
    `interaction, as quanteda's textstat_collocations): candidates for the multiword list (--phrases FILE).</p>` +
    tableHtml(study.sequences, { caption: "Multiword sequences", maxRows: 15 });
  return {
    id: "collocations",
    title: "Collocations",
    html,
    tables: [
      { name: "collocations", rows: study.nodes.flatMap((n) => n.shift) },
      { name: "collocation-evidence", rows: study.nodes.flatMap((n) => n.evidence.flatMap((e) => [...e.a.map((r) => ({ node: n.node, collocate: e.collocate, group: a, ...r })), ...e.b.map((r) => ({ node: n.node, collocate: e.collocate, group: b, ...r }))])) },
      { name: "sequences", rows: study.sequences },
    ],
    figures: study.nodes
      .filter((n) => n.shown.length)
      .map((n) => ({ name: `collocations-${slug(n.node)}`, figure: collocationChart(n.shift, { labelA: a, labelB: b, top: 8 }) })),
  };
}
