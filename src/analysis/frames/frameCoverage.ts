import type { Tokens } from "../../text/tokens";
import { type CorpusCounts, countsOf } from "../counts";
import { words } from "../../text/words";
import type { FrameCounts } from "./frameCounts";

/**
 * The frequent terms no frame matches (a coverage view for refining the dictionary): non-stop
 * terms by count.
 */
export function frameCoverage(fc: FrameCounts, toks: Tokens | CorpusCounts, options: { top?: number } = {}): { term: string; count: number }[] {
  const matched = new Set<string>();
  for (const m of fc.matches) for (const w of words(m.text)) matched.add(w.replace(/'s$/, ""));
  const counts = new Map<string, number>();
  // Each distinct term is read once, from the counts (made here unless given).
  for (const g of countsOf(toks, { by: fc.by }).groups) {
    for (const [term, count] of g.counts) {
      if (term.toLowerCase().split(" ").every((w) => matched.has(w))) continue;
      counts.set(term, (counts.get(term) ?? 0) + count);
    }
  }
  return [...counts]
    .map(([term, count]) => ({ term, count }))
    .sort((x, y) => y.count - x.count || (x.term < y.term ? -1 : 1))
    .slice(0, options.top ?? 30);
}
