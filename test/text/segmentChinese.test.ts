import { strict as assert } from "node:assert";
import { join } from "node:path";
import { test } from "node:test";
import { termFrequency } from "../../src/analysis/frequency";
import { keyness } from "../../src/analysis/keyness";
import { concordance } from "../../src/analysis/kwic";
import { loadCorpus } from "../../src/corpus/load";
import { normalizeText } from "../../src/corpus/normalize";
import { segmentWord } from "../../src/text/segmentChinese";
import { splitSentences } from "../../src/text/sentences";
import { tokens } from "../../src/text/tokens";

const CHINESE = join(__dirname, "..", "fixtures", "chinese");
const CHINESE_GB18030 = join(__dirname, "..", "fixtures", "chinese-gb18030");

const cut = (s: string, dictionary?: string[]) => segmentWord(s, 0, s.length, dictionary).map((w) => s.slice(w.start, w.end));

// Segmented by hand, as a reader of Chinese policy writing would cut them.
const HAND = [
  "中美|两国|应当|在|网络空间|加强|合作",
  "美方|的|打压|政策|不得人心",
  "互信|是|合作|的|基础",
  "人类命运共同体|是|中方|的|主张",
  "美国|对|华为|实施|制裁",
  "习近平|与|拜登|举行|会晤",
  "中方|坚决|反对|脱钩",
  "双方|应当|通过|对话|管控|分歧",
  "遏制|和|打压|不是|出路",
  "乌镇|峰会",
  "数字威权主义",
];

test("Chinese sentences are cut into the words a reader would cut them into", () => {
  for (const expected of HAND) assert.equal(cut(expected.replace(/\|/g, "")).join("|"), expected);
});

test("Latin words inside Chinese stay words of their own; a user dictionary keeps its terms whole", () => {
  assert.deepEqual(cut("ICT产业"), ["ICT", "产业"]);
  assert.deepEqual(cut("TikTok在美国"), ["TikTok", "在", "美国"]);
  assert.deepEqual(cut("华为的5G技术"), ["华为", "的", "5G", "技术"]);
  assert.deepEqual(cut("COVID-19疫情"), ["COVID-19", "疫情"]);
  assert.deepEqual(cut("网络空间治理"), ["网络空间", "治理"]);
  assert.deepEqual(cut("网络空间治理", ["网络空间治理"]), ["网络空间治理"]);
});

test("Chinese sentences end at 。！？；… whether written full-width or after NFKC", () => {
  const text = "中美两国应当加强合作。美方的打压不得人心！ICT产业的竞争日益激烈；未来如何？合作是唯一的出路。";
  const expected = ["中美两国应当加强合作。", "美方的打压不得人心！", "ICT产业的竞争日益激烈；", "未来如何？", "合作是唯一的出路。"];
  assert.deepEqual(splitSentences(text).map((s) => text.slice(s.start, s.end)), expected);
  const n = normalizeText(text);
  assert.deepEqual(splitSentences(n).map((s) => n.slice(s.start, s.end)), expected.map(normalizeText));
  // English semicolons and exclamations without a Chinese neighbour still do not end a sentence.
  const en = "The talks ended; both sides left. Then, at last, they agreed!";
  assert.deepEqual(splitSentences(en).map((s) => en.slice(s.start, s.end)), ["The talks ended; both sides left.", "Then, at last, they agreed!"]);
});

test("frequency, keyness and KWIC run on Chinese op-eds; stop words such as 的 are not counted", () => {
  const toks = tokens(loadCorpus(CHINESE));
  const freq = termFrequency(toks, { by: "year" });
  const count = (group: string, term: string) => freq.find((r) => r.group === group && r.term === term)?.count ?? 0;
  assert.equal(count("2022", "制裁"), 1);
  assert.equal(count("2022", "单边制裁"), 1, "jieba keeps the compound whole");
  assert.equal(count("2022", "打压"), 1);
  assert.equal(count("2016", "对话"), 2);
  assert.equal(count("2016", "的"), 0, "的 is a stop word");
  const key = keyness(toks, { by: "year", a: "2016", b: "2022" });
  const side = (term: string) => key.find((r) => r.term === term)?.side;
  assert.equal(side("对话"), "A");
  assert.equal(side("制裁"), "B");
  const kwic = concordance(toks, "网络空间", { window: 3 });
  assert.ok(kwic.length >= 3, `${kwic.length} lines`);
  for (const line of kwic) assert.equal(line.keyword, "网络空间");
});

test("a GB18030 copy of the Chinese op-eds gives the same counts as the UTF-8 files", () => {
  const utf8 = termFrequency(tokens(loadCorpus(CHINESE)), { by: "year" });
  const gb = termFrequency(tokens(loadCorpus(CHINESE_GB18030)), { by: "year" });
  assert.ok(utf8.length > 50);
  assert.deepEqual(gb, utf8);
});
