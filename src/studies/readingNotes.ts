/**
 * What the loaded corpus can and cannot support, in sentences derived from it: how many documents
 * each compared group holds, what that makes of a difference, and how far to trust a stance score.
 * Notebooks 02 and 03 and the report print these instead of fixed text, so that what a reader is
 * told speaks of their corpus.
 */
import { type Corpus, groupDocuments } from "../corpus/corpus";
import { loadTargetModel } from "../analysis/targets/targetModel";

const docs = (n: number) => (n === 1 ? "one document" : `${n} documents`);

/** Sample size and independence: how to read a comparison of group A with group B. */
export function comparisonNotes(corpus: Corpus, g: { by: string; a: string; b: string }): string[] {
  const groups = groupDocuments(corpus, g.by);
  const size = (v: string) => groups.find((x) => x.group === v)?.documents.length ?? 0;
  const nA = size(g.a);
  const nB = size(g.b);
  const least = Math.min(nA, nB);
  const notes = [];
  if (least === 1) {
    notes.push(
      `${g.by} = ${g.a} has ${docs(nA)} and ${g.by} = ${g.b} ${docs(nB)}: a group of one document is one author, one outlet and one ` +
        `occasion, so the statistics describe how these documents differ, not how ${g.a} differs from ${g.b} in general. ` +
        `To compare ${g.by} values, add several documents to each.`,
    );
  } else if (least < 10) {
    notes.push(
      `${g.by} = ${g.a} has ${docs(nA)} and ${g.by} = ${g.b} ${docs(nB)}: differences between documents (authors, outlets) are mixed ` +
        `with the difference between the groups. Read a difference as belonging to the group when it holds in most of its documents ` +
        `(the per-document tables show this).`,
    );
  } else {
    notes.push(`${g.by} = ${g.a} has ${docs(nA)} and ${g.by} = ${g.b} ${docs(nB)}: enough to begin to sample each group, if the documents were chosen to represent it.`);
  }
  notes.push(
    "Fisher's test and the sentence bootstrap treat tokens and sentences as independent draws, which the words of one argument are " +
      "not, so their p-values and intervals are optimistic. What the tables support without that caveat is a documented description, " +
      "with every occurrence shown in context.",
  );
  return notes;
}

/** How far a stance score can be trusted: the model's held-out quality, and the sample behind the means. */
export function stanceNotes(corpus: Corpus, g: { by: string; a?: string; b?: string }): string[] {
  const dev = loadTargetModel().meta.dev as Record<string, number> | undefined;
  const quality = dev ? Object.entries(dev).map(([set, f1]) => `${f1.toFixed(2)} on ${set.replace(/\.jsonl$/, "")}`).join(", ") : "";
  const notes = [
    `A mention's score is a model's reading of one sentence, right about two times in three on news it was not fitted on` +
      `${quality ? ` (macro-F1 ${quality}, the NewsMTSC sets its options were chosen on; test scores in docs/actors-and-stance.md)` : ""}: ` +
      "read the sentences before citing a mean.",
  ];
  if (g.a !== undefined && g.b !== undefined) notes.push(comparisonNotes(corpus, { by: g.by, a: g.a, b: g.b })[0]);
  notes.push("Mentions within one text are not independent, so the intervals are optimistic.");
  return notes;
}
