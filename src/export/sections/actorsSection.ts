import { actorMentionsChart } from "../../charts/actorMentionsChart";
import { actorStanceChart } from "../../charts/actorStanceChart";
import { stanceShiftChart } from "../../charts/stanceShiftChart";
import { escapeHtml, tableHtml } from "../../charts/table";
import type { Corpus } from "../../corpus/corpus";
import type { ActorRegistry } from "../../lexicons/actorSchema";
import { mentionHtml } from "../../charts/mentionHtml";
import { actorTrendChart } from "../../charts/trendChart";
import { stanceNotes } from "../../studies/readingNotes";
import { actorEvidence, actorStudy } from "../../studies/actorStudy";
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
  const study = actorStudy(corpus, { by, actors, a, b, seed: options.seed });
  const { mentions, stance, change, shown, trendActors, groupCount } = study;
  const evidence = actorEvidence(study)
    .map(({ label, positive, negative }) => {
      const list = (ms: typeof positive) => (ms.length ? `<ul>${ms.map(mentionHtml).join("")}</ul>` : `<p class="dk-none">none</p>`);
      return `<details><summary><b>${escapeHtml(label)}</b></summary><h4>Most positive</h4>${list(positive)}<h4>Most negative</h4>${list(negative)}</details>`;
    })
    .join("\n");
  const ignored = mentions.filter((m) => m.weight === 0).length;
  // Examples from the registry in use, not from the default one.
  const collective = actors.collectives[0]?.aliases.map((x) => (typeof x === "string" ? x : x.text)).find(Boolean);
  const child = actors.actors.find((x) => x.parent !== undefined);
  const parent = child && actors.actors.find((x) => x.id === child.parent);
  const html =
    `<p>Registry: ${escapeHtml(actors.name)}. Each mention is scored for the stance the sentence takes toward that actor ` +
    `(target-aware model fitted on NewsMTSC, with the who-does-what-to-whom rules), in [−1, 1]. Means weight names 1, ` +
    `demonyms ${actors.demonymWeight}, collective and coordinated mentions${collective ? ` ("${escapeHtml(collective)}", "A and B")` : ` ("A and B")`} ${actors.collectiveWeight}` +
    `${ignored ? ` (${ignored} mentions at weight 0 are listed in tables/actor-mentions.csv but not counted)` : ""}. ` +
    `A parent's row includes its children's mentions${child && parent ? ` (${escapeHtml(child.label)} → ${escapeHtml(parent.label)})` : ""}. Intervals: 2,000 seeded bootstrap resamples of ` +
    `mentions. Rows with fewer than 5 mentions are flagged: read their sentences, not their means.</p>` +
    `<ul>${stanceNotes(corpus, { by, a, b }).map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>` +
    (study.unscoredNote ? `<p>${escapeHtml(study.unscoredNote)}</p>` : "") +
    figureSlot("actor-stance") +
    (groupCount >= 3 ? figureSlot("actor-trend") : "") +
    tableHtml(stance, { caption: "Stance toward actors by group" }) +
    (change.length ? tableHtml(change, { caption: `Change in stance, ${a} → ${b} (meanB − meanA)` }) : "") +
    study.shifts.map((s) => figureSlot(`stance-shift-${s.actor}`)).join("") +
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
      ...study.shifts.map((s) => ({ name: `stance-shift-${s.actor}`, figure: stanceShiftChart(s.rows, { actor: s.label, labelA: a, labelB: b }) })),
      { name: "actor-mentions", figure: actorMentionsChart(stance, { by, actors: shown }) },
    ],
  };
}
