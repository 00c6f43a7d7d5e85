import type { ActorRegistry } from "../../lexicons/actorSchema";
import { defaultActors } from "../../lexicons/defaultActors";
import type { ActorMention } from "./actorMentions";
import { mentionsByActor } from "./actorStance";

/** A word's part in the stance toward an actor in groups A and B. */
export interface StanceShiftRow {
  word: string;
  /** Weighted mean contribution per mention in A and in B (the word's rule weight, 0 where absent). */
  contributionA: number;
  contributionB: number;
  /** contributionB − contributionA: below 0 the word pulls the stance down from A to B. */
  shift: number;
  /** Mentions in A and in B whose evidence holds the word. */
  countA: number;
  countB: number;
}

/**
 * Which words drive the change in stance toward an actor between two groups: for each lexicon word
 * in the mentions' evidence, its weight (after scope, negation, contrast and role rules) summed per
 * group and divided by the group's mention weight, so the contributions of a group add up to the
 * mean rule score's raw sum per mention. Sorted by |shift|, largest first.
 */
export function stanceShift(
  mentions: readonly ActorMention[],
  actor: string,
  a: string,
  b: string,
  options: { actors?: ActorRegistry; rollup?: boolean } = {},
): StanceShiftRow[] {
  const mine = mentionsByActor(mentions, options.actors ?? defaultActors, options.rollup ?? true).get(actor) ?? [];
  const words = new Map<string, StanceShiftRow>();
  const totals = { a: 0, b: 0 };
  for (const m of mine) {
    const side = m.group === a ? "a" : m.group === b ? "b" : undefined;
    if (!side) continue;
    totals[side] += m.weight;
    const seen = new Set<string>();
    for (const w of m.words) {
      // A negated word reads as its negation: "not helpful" is not "helpful".
      const key = (w.rules.includes("negated") ? "not " : "") + w.word.toLowerCase();
      const row = words.get(key) ?? { word: key, contributionA: 0, contributionB: 0, shift: 0, countA: 0, countB: 0 };
      if (side === "a") row.contributionA += w.weight * m.weight;
      else row.contributionB += w.weight * m.weight;
      if (!seen.has(key)) {
        if (side === "a") row.countA++;
        else row.countB++;
        seen.add(key);
      }
      words.set(key, row);
    }
  }
  return [...words.values()]
    .map((r) => {
      const contributionA = totals.a ? r.contributionA / totals.a : 0;
      const contributionB = totals.b ? r.contributionB / totals.b : 0;
      return { ...r, contributionA, contributionB, shift: contributionB - contributionA };
    })
    .filter((r) => r.shift !== 0)
    .sort((x, y) => Math.abs(y.shift) - Math.abs(x.shift) || x.word.localeCompare(y.word));
}
