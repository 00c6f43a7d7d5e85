import { words } from "../../text/words";
import type { FrameCounts } from "./frameCounts";

/**
 * The words the frames matched, most frequent first (lower-cased, a possessive dropped; the words of
 * a multiword match each count): the nodes a collocation study of the frames starts from.
 */
export function frameWords(fc: FrameCounts, options: { top?: number } = {}): { word: string; count: number; frame: string }[] {
  const counts = new Map<string, { count: number; frames: Map<string, number> }>();
  for (const m of fc.matches) {
    for (const w of words(m.text)) {
      const word = w.replace(/'s$/, "");
      let c = counts.get(word);
      if (!c) counts.set(word, (c = { count: 0, frames: new Map() }));
      c.count++;
      c.frames.set(m.frame, (c.frames.get(m.frame) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([word, c]) => ({ word, count: c.count, frame: [...c.frames].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0] }))
    .sort((x, y) => y.count - x.count || (x.word < y.word ? -1 : 1))
    .slice(0, options.top ?? 10);
}
