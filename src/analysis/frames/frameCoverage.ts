import type { Tokens } from "../../text/tokens";
import { words } from "../../text/words";
import type { FrameCounts } from "./frameCounts";

/**
 * The frequent terms no frame matches (a coverage view for refining the dictionary): non-stop
 * terms by count.
 */
export function frameCoverage(fc: FrameCounts, toks: Tokens, options: { top?: number } = {}): { term: string; count: number }[] {
  const matched = new Set<string>();
  for (const m of fc.matches) for (const w of words(m.text)) matched.add(w.replace(/'s$/, ""));
  const counts = new Map<string, number>();
  for (const d of toks.docs) {
    for (const t of d.tokens) {
      if (t.stop) continue;
      const ws = t.term.toLowerCase().split(" ");
      if (ws.every((w) => matched.has(w))) continue;
      counts.set(t.term, (counts.get(t.term) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([term, count]) => ({ term, count }))
    .sort((x, y) => y.count - x.count || (x.term < y.term ? -1 : 1))
    .slice(0, options.top ?? 30);
}
