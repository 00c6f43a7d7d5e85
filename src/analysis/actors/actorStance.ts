import { z } from "zod";
import { sortGroups } from "../../corpus/corpus";
import type { ActorRegistry } from "../../lexicons/actorSchema";
import { defaultActors } from "../../lexicons/defaultActors";
import { bootstrapRatios, percentileInterval, ratioColumn } from "../stats/bootstrap";
import { SeededRandom } from "../stats/random";
import { type ActorMention, type ScoredMention, isScored } from "./actorMentions";

export const ActorStanceRowSchema = z.object({
  actor: z.string(),
  label: z.string(),
  kind: z.string(),
  group: z.string(),
  /** Mentions counted (weight > 0), the actor's own and, with rollup, those of the actors under it. */
  mentions: z.number().int(),
  /** Of which the actor's own. */
  direct: z.number().int(),
  /** Weighted mean stance in [-1, 1] (names 1; demonyms and collectives at the registry's weights). */
  mean: z.number(),
  /** Seeded percentile bootstrap interval of the mean, resampling mentions. */
  ciLow: z.number(),
  ciHigh: z.number(),
  /** Weighted shares of mentions read as positive and as negative. */
  sharePositive: z.number(),
  shareNegative: z.number(),
  /** Fewer mentions than `minMentions`: read the sentences, not the mean. */
  fewMentions: z.boolean(),
});
export type ActorStanceRow = z.infer<typeof ActorStanceRowSchema>;

export const ActorChangeRowSchema = z.object({
  actor: z.string(),
  label: z.string(),
  a: z.string(),
  b: z.string(),
  mentionsA: z.number().int(),
  mentionsB: z.number().int(),
  meanA: z.number(),
  meanB: z.number(),
  /** meanB − meanA: negative when the stance toward the actor worsened from A to B. */
  change: z.number(),
  ciLow: z.number(),
  ciHigh: z.number(),
  fewMentions: z.boolean(),
});
export type ActorChangeRow = z.infer<typeof ActorChangeRowSchema>;

export interface ActorStanceOptions {
  /** The registry the mentions were found with (for labels, kinds and parents). Default `defaultActors`. */
  actors?: ActorRegistry;
  /** Count a child's mentions for its parents too (Xi Jinping → China). Default true. */
  rollup?: boolean;
  /** Bootstrap resamples. Default 2000. */
  iterations?: number;
  /** Seed of the bootstrap. Default 1. */
  seed?: number;
  /** Confidence level. Default 0.95. */
  level?: number;
  /** Below this many mentions a row is flagged. Default 5. */
  minMentions?: number;
}

/** Each actor with the actors it stands for: itself and, with rollup, its ancestors. */
function actorLineage(registry: ActorRegistry, rollup: boolean): Map<string, string[]> {
  const parent = new Map(registry.actors.map((a) => [a.id, a.parent]));
  return new Map(
    registry.actors.map((a) => {
      const line = [a.id];
      for (let p = a.parent; rollup && p !== undefined; p = parent.get(p)) line.push(p);
      return [a.id, line];
    }),
  );
}

/**
 * The counted mentions (weight > 0) of each actor, including its descendants' with rollup. Actors
 * missing from the registry keep their own mentions.
 */
export function mentionsByActor(mentions: readonly ActorMention[], registry: ActorRegistry, rollup: boolean): Map<string, ScoredMention[]> {
  const lineage = actorLineage(registry, rollup);
  const out = new Map<string, ScoredMention[]>();
  for (const m of mentions) {
    // Counted: weighted above 0 and scored (a sentence the kit cannot read has no score).
    if (m.weight <= 0 || !isScored(m)) continue;
    for (const id of lineage.get(m.actor) ?? [m.actor]) {
      if (!out.has(id)) out.set(id, []);
      out.get(id)!.push(m);
    }
  }
  return out;
}

function weightedMean(ms: readonly ScoredMention[]): number {
  let s = 0;
  let w = 0;
  for (const m of ms) {
    s += m.score * m.weight;
    w += m.weight;
  }
  return w > 0 ? s / w : 0;
}

/** Bootstrap distribution of the weighted mean: |ms| mentions drawn with replacement, B times. */
function bootstrapMeans(ms: readonly ScoredMention[], iterations: number, random: SeededRandom): number[] {
  return bootstrapRatios(ratioColumn(ms.map((m) => m.score * m.weight), ms.map((m) => m.weight)), 1, iterations, random);
}

/**
 * Stance toward each actor per group: the weighted mean of its mentions' scores with a seeded
 * percentile bootstrap interval (Efron & Tibshirani 1993), and the shares read as positive and
 * negative. Only actor × group pairs with at least one counted mention get a row.
 */
export function actorStance(mentions: readonly ActorMention[], options: ActorStanceOptions = {}): ActorStanceRow[] {
  const registry = options.actors ?? defaultActors;
  const iterations = options.iterations ?? 2000;
  const level = options.level ?? 0.95;
  const minMentions = options.minMentions ?? 5;
  const byActor = mentionsByActor(mentions, registry, options.rollup ?? true);
  const groups = sortGroups(mentions.map((m) => m.group));
  const rows: ActorStanceRow[] = [];
  registry.actors.forEach((actor, ai) => {
    const byGroup = new Map<string, ScoredMention[]>();
    for (const m of byActor.get(actor.id) ?? []) {
      let list = byGroup.get(m.group);
      if (!list) byGroup.set(m.group, (list = []));
      list.push(m);
    }
    groups.forEach((group, gi) => {
      const ms = byGroup.get(group);
      if (!ms) return;
      const random = new SeededRandom((options.seed ?? 1) + ai * 7919 + gi * 104729);
      const [ciLow, ciHigh] = percentileInterval(bootstrapMeans(ms, iterations, random), level);
      const w = ms.reduce((s, m) => s + m.weight, 0);
      const share = (p: string) => ms.filter((m) => m.polarity === p).reduce((s, m) => s + m.weight, 0) / w;
      rows.push({
        actor: actor.id,
        label: actor.label,
        kind: actor.kind,
        group,
        mentions: ms.length,
        direct: ms.filter((m) => m.actor === actor.id).length,
        mean: weightedMean(ms),
        ciLow,
        ciHigh,
        sharePositive: share("positive"),
        shareNegative: share("negative"),
        fewMentions: ms.length < minMentions,
      });
    });
  });
  return rows;
}

/**
 * The change in stance toward each actor from group A to group B (meanB − meanA), with a seeded
 * bootstrap interval that resamples each group's mentions independently. Actors need mentions in
 * both groups.
 */
export function actorChange(mentions: readonly ActorMention[], a: string, b: string, options: ActorStanceOptions = {}): ActorChangeRow[] {
  const registry = options.actors ?? defaultActors;
  const iterations = options.iterations ?? 2000;
  const level = options.level ?? 0.95;
  const minMentions = options.minMentions ?? 5;
  const byActor = mentionsByActor(mentions, registry, options.rollup ?? true);
  const rows: ActorChangeRow[] = [];
  registry.actors.forEach((actor, ai) => {
    const mine = byActor.get(actor.id) ?? [];
    const msA = mine.filter((m) => m.group === a);
    const msB = mine.filter((m) => m.group === b);
    if (!msA.length || !msB.length) return;
    const random = new SeededRandom((options.seed ?? 1) + ai * 7919);
    const bootA = bootstrapMeans(msA, iterations, random);
    const bootB = bootstrapMeans(msB, iterations, random);
    const [ciLow, ciHigh] = percentileInterval(bootB.map((v, i) => v - bootA[i]), level);
    const meanA = weightedMean(msA);
    const meanB = weightedMean(msB);
    rows.push({
      actor: actor.id,
      label: actor.label,
      a,
      b,
      mentionsA: msA.length,
      mentionsB: msB.length,
      meanA,
      meanB,
      change: meanB - meanA,
      ciLow,
      ciHigh,
      fewMentions: msA.length < minMentions || msB.length < minMentions,
    });
  });
  return rows;
}

/** The `n` actors with the most counted mentions over all groups (ties by id): whom a trend chart follows. */
export function mostMentioned(rows: readonly ActorStanceRow[], n: number): string[] {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.actor, (totals.get(r.actor) ?? 0) + r.mentions);
  return [...totals.entries()]
    .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
    .slice(0, n)
    .map(([id]) => id);
}
