import type { ActorRegistry } from "../../lexicons/actorSchema";
import { defaultActors } from "../../lexicons/defaultActors";
import type { ActorMention } from "./actorMentions";
import { mentionsByActor } from "./actorStance";

/**
 * The evidence for an actor's stance: its counted mentions (with rollup, its children's too) with
 * the most positive and the most negative scores, `n` of each, optionally in one group.
 */
export function strongestMentions(
  mentions: readonly ActorMention[],
  actor: string,
  options: { n?: number; group?: string; actors?: ActorRegistry; rollup?: boolean } = {},
): { positive: ActorMention[]; negative: ActorMention[] } {
  const n = options.n ?? 3;
  const mine = (mentionsByActor(mentions, options.actors ?? defaultActors, options.rollup ?? true).get(actor) ?? []).filter(
    (m) => options.group === undefined || m.group === options.group,
  );
  const byScore = [...mine].sort((x, y) => y.score - x.score || x.start - y.start);
  return {
    positive: byScore.filter((m) => m.score > 0).slice(0, n),
    negative: byScore.filter((m) => m.score < 0).reverse().slice(0, n),
  };
}
