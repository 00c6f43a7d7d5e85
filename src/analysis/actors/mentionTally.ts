import type { ActorMention } from "./actorMentions";

/** How often each document names each actor, by the alias found and the kind of mention. */
export interface MentionTallyRow {
  doc: string;
  actor: string;
  alias: string;
  strength: string;
  weight: number;
  count: number;
}

/** Mentions tallied per document, actor, alias as written and strength, in order of first mention. */
export function mentionTally(mentions: readonly ActorMention[]): MentionTallyRow[] {
  const rows = new Map<string, MentionTallyRow>();
  for (const m of mentions) {
    const key = [m.doc, m.actor, m.matched, m.strength].join("|");
    const row = rows.get(key) ?? { doc: m.doc, actor: m.actor, alias: m.matched, strength: m.strength, weight: m.weight, count: 0 };
    row.count++;
    rows.set(key, row);
  }
  return [...rows.values()];
}
