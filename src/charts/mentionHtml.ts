import type { ActorMention } from "../analysis/actors/actorMentions";
import { escapeHtml } from "./table";

/**
 * A mention's sentence with the actor's name in bold and the words that moved its score
 * underlined, followed by the score and those words with their weights and rules.
 */
export function mentionHtml(m: ActorMention): string {
  const marks = [
    { start: m.start, end: m.end, open: "<b>", close: "</b>" },
    ...m.words.filter((w) => w.weight !== 0).map((w) => ({ start: w.start, end: w.end, open: "<u>", close: "</u>" })),
  ]
    .filter((k) => k.start >= m.sentenceStart && k.end <= m.sentenceStart + m.sentenceText.length)
    .sort((x, y) => x.start - y.start);
  let html = "";
  let at = m.sentenceStart;
  for (const k of marks) {
    if (k.start < at) continue;
    html += escapeHtml(m.sentenceText.slice(at - m.sentenceStart, k.start - m.sentenceStart)) + k.open;
    html += escapeHtml(m.sentenceText.slice(k.start - m.sentenceStart, k.end - m.sentenceStart)) + k.close;
    at = k.end;
  }
  html += escapeHtml(m.sentenceText.slice(at - m.sentenceStart));
  const words = m.words
    .filter((w) => w.weight !== 0)
    .map((w) => `${escapeHtml(w.word)} ${w.weight >= 0 ? "+" : ""}${w.weight.toFixed(2)}${w.rules.length ? ` (${escapeHtml(w.rules.join(", "))})` : ""}`)
    .join("; ");
  return (
    `<li><span class="dk-score">${scoreText(m)}</span> ` +
    `<span class="doc">${escapeHtml(m.doc)}, ${escapeHtml(m.label)} as “${escapeHtml(m.matched)}”</span><br>${html}` +
    `${words ? `<br><small>words: ${words}${m.scoredBy === "rules" ? "; scored by the role rules" : ""}</small>` : ""}</li>`
  );
}

/** "+0.42 positive", or "not scored" for a sentence the kit cannot read (not English). */
export function scoreText(m: Pick<ActorMention, "score" | "polarity">): string {
  return m.score === null ? "not scored" : `${m.score >= 0 ? "+" : ""}${m.score.toFixed(2)} ${m.polarity}`;
}
