import { type ActorMention, actorMentions, mentionWeight } from "../analysis/actors/actorMentions";
import { type ActorChangeRow, type ActorStanceRow, actorChange, actorStance, mostMentioned } from "../analysis/actors/actorStance";
import { type MentionTallyRow, mentionTally } from "../analysis/actors/mentionTally";
import { type StanceShiftRow, stanceShift } from "../analysis/actors/stanceShift";
import { strongestMentions } from "../analysis/actors/strongestMentions";
import type { Corpus } from "../corpus/corpus";
import { type ActorRegistry, ActorRegistrySchema } from "../lexicons/actorSchema";
import { defaultActors } from "../lexicons/defaultActors";
import type { Progress } from "../progress";

export interface ActorStudyOptions {
  by: string;
  /** Default: the kit's registry. */
  actors?: ActorRegistry;
  /** With both: the change from A to B, and what moved it. */
  a?: string;
  b?: string;
  /** Seed of the bootstraps. Default 1. */
  seed?: number;
  progress?: (step: string, unit?: string) => Progress;
}

/** One actor's evidence in one group (or all): its most positive and most negative mentions. */
export interface ActorEvidence {
  actor: string;
  label: string;
  group?: string;
  positive: ActorMention[];
  negative: ActorMention[];
}

export interface ActorStudy {
  by: string;
  a?: string;
  b?: string;
  actors: ActorRegistry;
  seed: number;
  mentions: ActorMention[];
  tally: MentionTallyRow[];
  stance: ActorStanceRow[];
  change: ActorChangeRow[];
  /** Actors with a stance row, in registry order. */
  shown: string[];
  /** The six most mentioned actors: whom a trend chart follows (more lines are not readable). */
  trendActors: string[];
  /** Up to two actors named in both groups, most mentioned first, with the words that moved their stance. */
  shifts: { actor: string; label: string; rows: StanceShiftRow[] }[];
  groupCount: number;
  /** Mentions in sentences the kit cannot score (not English): found and listed, in no mean. */
  unscored: number;
  /** What to tell a reader about them, or "" when every mention was scored. */
  unscoredNote: string;
}

/**
 * Mentions of every registry actor, scored; stance per actor and group with intervals; with A and B
 * the change and the words that moved it: the study notebook 03 and the report's actor section show.
 */
export function actorStudy(corpus: Corpus, options: ActorStudyOptions): ActorStudy {
  const { by, a, b } = options;
  const actors = options.actors ?? defaultActors;
  const seed = options.seed ?? 1;
  const mentions = actorMentions(corpus, { by, actors, progress: options.progress?.("Finding and scoring mentions", "documents") });
  const stance = actorStance(mentions, { actors, seed });
  const change = a !== undefined && b !== undefined ? actorChange(mentions, a, b, { actors, seed }) : [];
  const shifted = [...change].sort((x, y) => y.mentionsA + y.mentionsB - (x.mentionsA + x.mentionsB)).slice(0, 2);
  return {
    by, a, b, actors, seed, mentions, stance, change,
    tally: mentionTally(mentions),
    shown: [...new Set(stance.map((r) => r.actor))],
    trendActors: mostMentioned(stance, 6),
    shifts: shifted.map((r) => ({ actor: r.actor, label: r.label, rows: stanceShift(mentions, r.actor, a!, b!, { actors }) })),
    groupCount: new Set(stance.map((r) => r.group)).size,
    ...unscoredNote(mentions),
  };
}

/** The strongest mentions of the `n` most mentioned actors, per group given (or over all groups). */
export function actorEvidence(study: ActorStudy, options: { actors?: string[]; groups?: (string | undefined)[]; n?: number } = {}): ActorEvidence[] {
  const ids = options.actors ?? study.shown;
  return ids.flatMap((id) =>
    (options.groups ?? [undefined]).map((group) => {
      const label = study.actors.actors.find((x) => x.id === id)?.label ?? id;
      return { actor: id, label, group, ...strongestMentions(study.mentions, id, { group, n: options.n, actors: study.actors }) };
    }),
  );
}

/**
 * A sensitivity check: the stance rows of `actorIds` in groups A and B under the study's weights and
 * with collective mentions ("both countries", "China and the US") weighted `collectiveWeight`. A
 * weight changes no mention and no score, only what each counts in a mean: the study's mentions are
 * weighted again, not found again.
 */
export function collectiveSensitivity(study: ActorStudy, actorIds: readonly string[], collectiveWeight = 0.5) {
  const registry = ActorRegistrySchema.parse({ ...study.actors, collectiveWeight });
  const reweighted = study.mentions.map((m) => ({ ...m, weight: mentionWeight(m.strength, registry) }));
  const alt = actorStance(reweighted, { actors: registry, seed: study.seed });
  const groups = [study.a, study.b].filter((g): g is string => g !== undefined);
  return actorIds.flatMap((id) =>
    groups.map((g) => {
      const r0 = study.stance.find((r) => r.actor === id && r.group === g);
      const r1 = alt.find((r) => r.actor === id && r.group === g);
      return { actor: id, group: g, mentions: r0?.mentions ?? 0, mean: r0?.mean ?? null, mentionsWithCollectives: r1?.mentions ?? 0, meanWithCollectives: r1?.mean ?? null };
    }),
  );
}

/** How many mentions went unscored, and the sentence that says so plainly. */
function unscoredNote(mentions: readonly ActorMention[]): { unscored: number; unscoredNote: string } {
  const unscored = mentions.filter((m) => m.score === null).length;
  const note = unscored
    ? `${unscored} mention(s) are in sentences that are not English (Chinese, say): stance is scored with English lexicons and an English model only, so they are found and listed, with no score, and count in no mean.`
    : "";
  return { unscored, unscoredNote: note };
}
