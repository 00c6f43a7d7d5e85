import { actorMentions } from "../../analysis/actors/actorMentions";
import { actorChange, actorStance, mostMentioned } from "../../analysis/actors/actorStance";
import { stanceShift } from "../../analysis/actors/stanceShift";
import { strongestMentions } from "../../analysis/actors/strongestMentions";
import { actorMentionsChart } from "../../charts/actorMentionsChart";
import { actorStanceChart } from "../../charts/actorStanceChart";
import { stanceShiftChart } from "../../charts/stanceShiftChart";
import { escapeHtml, tableHtml } from "../../charts/table";
import type { Corpus } from "../../corpus/corpus";
import type { ActorRegistry } from "../../lexicons/actorSchema";
import { mentionHtml } from "../../charts/mentionHtml";
import { actorTrendChart } from "../../charts/trendChart";
import { type ReportSection, figureSlot } from "./section";

export interface ActorsSectionOptions {
  by: string;
  actors: ActorRegistry;
  /** With both: the change from A to B and word shifts of the two most mentioned actors. */
  a?: string;
  b?: string;
  seed?: number;
}

/** Stance toward named actors: per group with CIs, the A→B change, word shifts and evidence sentences. */
export function actorsSection(corpus: Corpus, options: ActorsSectionOptions): ReportSection {
  const { by, a, b, actors } = options;
  const mentions = actorMentions(corpus, { by, actors });
  const stance = actorStance(mentions, { actors, seed: options.seed });
  const change = a !== undefined && b !== undefined ? actorChange(mentions, a, b, { actors, seed: options.seed }) : [];
  // actorStance has a row only where an actor has counted mentions, and actorChange only where it has them in both groups.
  const shown = [...new Set(stance.map((r) => r.actor))];
  const groupCount = new Set(stance.map((r) => r.group)).size;
  // The trend chart follows the six most mentioned actors: more lines would not be readable.
  const trendActors = mostMentioned(stance, 6);
  const shifted = [...change]
    .sort((x, y) => y.mentionsA + y.mentionsB - (x.mentionsA + x.mentionsB))
    .slice(0, 2);
  const evidence = shown
    .map((id) => {
      const label = stance.find((r) => r.actor === id)!.label;
      const { positive, negative } = strongestMentions(mentions, id, { actors });
      const list = (ms: typeof positive) => (ms.length ? `<ul>${ms.map(mentionHtml).join("")}</ul>` : `<p class="dk-none">none</p>`);
      return `<details><summary><b>${escapeHtml(label)}</b></summary><h4>Most positive</h4>${list(positive)}<h4>Most negative</h4>${list(negative)}</details>`;
    })
    .join("\n");
  const ignored = mentions.filter((m) => m.weight === 0).length;
  const html =
    `<p>Registry: ${escapeHtml(actors.name)}. Each mention is scored for the stance the sentence takes toward that actor ` +
    `(target-aware model fitted on NewsMTSC, with the who-does-what-to-whom rules), in [−1, 1]. Means weight names 1, ` +
    `demonyms ${actors.demonymWeight}, collective and coordinated mentions ("both countries", "China and the US") ${actors.collectiveWeight}` +
    `${ignored ? ` (${ignored} mentions at weight 0 are listed in tables/actor-mentions.csv but not counted)` : ""}. ` +
    `A parent's row includes its children's mentions (Xi Jinping → China). Intervals: 2,000 seeded bootstrap resamples of ` +
    `mentions. Rows with fewer than 5 mentions are flagged: read their sentences, not their means.</p>` +
    figureSlot("actor-stance") +
    (groupCount >= 3 ? figureSlot("actor-trend") : "") +
    tableHtml(stance, { caption: "Stance toward actors by group" }) +
    (change.length ? tableHtml(change, { caption: `Change in stance, ${a} → ${b} (meanB − meanA)` }) : "") +
    shifted.map((r) => figureSlot(`stance-shift-${r.actor}`)).join("") +
    figureSlot("actor-mentions") +
    `<h3>Evidence: the strongest stances toward each actor</h3><p>Actor in bold; the words that moved the score underlined.</p>${evidence}`;
  return {
    id: "actors",
    title: "Stance toward named actors",
    html,
    tables: [
      { name: "actor-stance", rows: stance },
      ...(change.length ? [{ name: "actor-change", rows: change }] : []),
      {
        name: "actor-mentions",
        rows: mentions.map((m) => ({
          doc: m.doc, group: m.group, actor: m.actor, matched: m.matched, alias: m.alias, strength: m.strength, weight: m.weight,
          start: m.start, end: m.end, score: m.score, polarity: m.polarity, scoredBy: m.scoredBy,
          words: m.words.map((w) => `${w.word} ${w.weight.toFixed(3)}`).join("; "), sentence: m.sentenceText,
        })),
      },
    ],
    figures: [
      { name: "actor-stance", figure: actorStanceChart(stance, { by, actors: shown }) },
      ...(groupCount >= 3 ? [{ name: "actor-trend", figure: actorTrendChart(stance.filter((r) => trendActors.includes(r.actor)), { by }) }] : []),
      ...shifted.map((r) => ({ name: `stance-shift-${r.actor}`, figure: stanceShiftChart(stanceShift(mentions, r.actor, a!, b!, { actors }), { actor: r.label, labelA: a, labelB: b }) })),
      { name: "actor-mentions", figure: actorMentionsChart(stance, { by, actors: shown }) },
    ],
  };
}
