/**
 * One benchmark stage in its own process, so its peak memory is its own: prints
 * { seconds, tokens, rssMB } as JSON. Stages after "load" time only their own step, on a corpus
 * already loaded (and tokenized, where the step takes tokens).
 *
 *   node .bench/stage.js STAGE DIR      STAGE: load | count | tokens | keyness | frames | actors | report | freq
 *   node .bench/stage.js chinese SCALE  Chinese op-eds of about SCALE million characters, tokenized
 */
import { actorMentions } from "../dist/analysis/actors/actorMentions";
import { actorStance } from "../dist/analysis/actors/actorStance";
import { countTerms } from "../dist/analysis/counts";
import { frameCounts, frameRates } from "../dist/analysis/frames";
import { keyness } from "../dist/analysis/keyness";
import { streamCounts } from "../dist/engine/streamCounts";
import { TermTally } from "../dist/engine/termTally";
import { type Corpus, groupOf } from "../dist/corpus/corpus";
import { loadCorpus } from "../dist/corpus/load";
import { reportSections } from "../dist/export/report";
import { defaultFrames } from "../dist/lexicons/defaultFrames";
import { type Tokens, resolveTokenOptions, tokens } from "../dist/text/tokens";
import { BROWN_GROUPING } from "./brown";
import { CHINESE_FIXTURES, chineseCopy, chineseOpeds } from "./chineseOpeds";

const BY = BROWN_GROUPING;

/** Word tokens of a tokenized corpus: the measure every stage's rate is given in. */
const wordTokens = (toks: Tokens) => toks.docs.reduce((s, d) => s + d.tokens.length, 0);

/**
 * Chinese op-eds for the segmentation stage: the two of test/fixtures/chinese, each copy with its
 * own number and a sentence of its own, about `scale` × 1M characters in all.
 */
function chineseCorpus(scale: number): Corpus {
  const texts = chineseOpeds().map((d) => d.text);
  const copies = Math.ceil((scale * 1_000_000) / texts.reduce((n, t) => n + t.length, 0));
  const documents = Array.from({ length: copies * texts.length }, (_, k) => {
    const text = chineseCopy(texts[k % texts.length], k + 1);
    return { id: `zh-${k}`, file: `zh-${k}.txt`, title: "", author: null, date: null, year: 2020 + (k % 2), meta: { year: 2020 + (k % 2) }, metaSource: {}, format: "txt" as const, encoding: "utf-8", encodingSource: "unicode" as const, raw: text, text, removed: [], contentHash: String(k) };
  });
  return { name: "chinese", dir: CHINESE_FIXTURES, documents, hash: "", warnings: [] };
}

async function main(stage: string, dir: string): Promise<{ seconds: number; tokens: number; threads?: number; characters?: number }> {
  const time = <T>(f: () => T): [T, number] => {
    const t = performance.now();
    const r = f();
    return [r, (performance.now() - t) / 1000];
  };
  if (stage === "chinese") {
    // Words of Chinese text: jieba behind the token rule, with the dictionary loaded first.
    const corpus = chineseCorpus(Number(dir));
    tokens({ ...corpus, documents: corpus.documents.slice(0, 1) });
    const [toks, seconds] = time(() => tokens(corpus));
    return { seconds, tokens: wordTokens(toks), characters: corpus.documents.reduce((n, d) => n + d.text.length, 0) };
  }
  if (stage === "freq") {
    const t = performance.now();
    const r = await streamCounts(dir, { by: BY, duplicates: "keep" });
    return { seconds: (performance.now() - t) / 1000, tokens: r.tokens, threads: r.threads };
  }
  const [corpus, loadSeconds] = time(() => loadCorpus(dir, { duplicates: "keep" }));
  if (stage === "load") return { seconds: loadSeconds, tokens: wordTokens(tokens(corpus)) };
  if (stage === "count") {
    // Tokenise + count as `discourse freq` does: the scanner's runs tallied by term id.
    const [words, seconds] = time(() => {
      const tally = new TermTally(resolveTokenOptions());
      let n = 0;
      for (const d of corpus.documents) n += tally.addText(groupOf(d, BY), d.text);
      tally.result();
      return n;
    });
    return { seconds, tokens: words };
  }
  if (stage === "tokens") {
    // Token objects (term, sentence, clause, offsets) for every word, then counted one by one.
    const [toks, seconds] = time(() => {
      const t = tokens(corpus);
      countTerms(t, { by: BY });
      return t;
    });
    return { seconds, tokens: wordTokens(toks) };
  }
  if (stage === "actors" || stage === "frames" || stage === "report") {
    // Counted before the step, and not kept: the step's peak memory is its own.
    const n = wordTokens(tokens(corpus));
    const steps: Record<string, () => unknown> = {
      actors: () => actorStance(actorMentions(corpus, { by: BY })),
      frames: () => frameRates(frameCounts(corpus, defaultFrames, { by: BY })),
      report: () => reportSections(corpus, { by: BY, a: "news", b: "editorial" }),
    };
    return { seconds: time(steps[stage])[1], tokens: n };
  }
  const toks = tokens(corpus);
  const n = wordTokens(toks);
  if (stage === "keyness") return { seconds: time(() => keyness(toks, { by: BY, a: "news", b: "editorial" }))[1], tokens: n };
  throw new Error(`unknown stage ${stage}`);
}

main(process.argv[2], process.argv[3]).then(
  (r) => process.stdout.write(JSON.stringify({ ...r, rssMB: process.resourceUsage().maxRSS / 1024 }) + "\n"),
  (err) => {
    process.stderr.write(`${(err as Error).stack}\n`);
    process.exitCode = 1;
  },
);
