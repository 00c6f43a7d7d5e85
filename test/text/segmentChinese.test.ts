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

test("Chinese op-eds land on the same frame rows as English ones: cooperation in 2016, competition in 2022", async () => {
  const { frameCounts, frameRates } = await import("../../src/analysis/frames");
  const { defaultFrames } = await import("../../src/lexicons/defaultFrames");
  const fc = frameCounts(loadCorpus(CHINESE), defaultFrames, { by: "year" });
  const matched = (frame: string, year: string) => fc.matches.filter((m) => m.frame === frame && fc.corpus.documents.find((d) => d.id === m.doc)!.year === Number(year)).map((m) => m.text);
  // Counted by hand in the fixtures: 合作, 共同利益 and 合作共赢 in 2016; 遏制, 打压, 脱钩, 制裁,
  // 单边制裁, 冷战思维 and 竞争 ×2 in 2022.
  assert.deepEqual(matched("cooperation", "2016").sort(), ["合作", "共同利益", "合作共赢"].sort());
  assert.deepEqual(matched("competition", "2022").sort(), ["冷战思维", "制裁", "单边制裁", "打压", "竞争", "竞争", "脱钩", "遏制"].sort());
  assert.deepEqual(matched("competition", "2016"), []);
  const rates = frameRates(fc, { iterations: 100 });
  assert.deepEqual([...new Set(rates.map((r) => r.frame))], defaultFrames.frames.map((f) => f.id));
});

test("discourse freq --dictionary FILE keeps the user's Chinese terms whole", async () => {
  const { spawnSync } = await import("node:child_process");
  const { writeFileSync } = await import("node:fs");
  const { CLI, tempDir } = await import("../helpers");
  const file = join(tempDir(), "terms.txt");
  writeFileSync(file, "# domain terms\n网络安全问题\n");
  const run = (...extra: string[]) => {
    const r = spawnSync(process.execPath, [CLI, "freq", "--corpus", CHINESE, "--format", "json", ...extra], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
    return (JSON.parse(r.stdout) as { group: string; term: string; count: number }[]).filter((x) => x.term.startsWith("网络安全"));
  };
  assert.deepEqual(run().map((x) => [x.group, x.term, x.count]), [["2016", "网络安全", 1], ["2022", "网络安全", 1]]);
  assert.deepEqual(run("--dictionary", file).map((x) => [x.group, x.term, x.count]), [["2016", "网络安全问题", 1], ["2022", "网络安全问题", 1]]);
});

test("Traditional Chinese counts as Simplified with script: simplified; KWIC shows the text as written", () => {
  // The fixtures converted to Taiwan's Traditional characters by OpenCC (opencc-js, cn → tw).
  const traditional = loadCorpus(join(__dirname, "..", "fixtures", "chinese-traditional"));
  const simplified = termFrequency(tokens(loadCorpus(CHINESE)), { by: "year" });
  assert.deepEqual(termFrequency(tokens(traditional, { script: "simplified" }), { by: "year" }), simplified);
  // As written, the terms stay Traditional (and jieba, whose dictionary is Simplified, cuts them worse).
  const asWritten = termFrequency(tokens(traditional), { by: "year" });
  assert.ok(asWritten.some((r) => r.term.includes("網")), "Traditional terms");
  assert.ok(!asWritten.some((r) => r.term.includes("网")), "no Simplified term");
  const kwic = concordance(tokens(traditional, { script: "simplified" }), "网络空间", { window: 3 });
  assert.equal(kwic.length, 3);
  for (const line of kwic) assert.equal(line.keyword, "網絡空間");
});

test("KWIC of a Chinese term can take its context in characters", () => {
  const toks = tokens(loadCorpus(CHINESE));
  const lines = concordance(toks, "打压", { characters: 6 });
  assert.equal(lines.length, 1);
  // "…脱钩。\n\n这种遏制和打压的做法是冷战思维…": six characters each side of 打压, the paragraph
  // break's newline among them on the left (white space is shown folded and trimmed).
  assert.deepEqual([lines[0].left, lines[0].keyword, lines[0].right], ["这种遏制和", "打压", "的做法是冷战"]);
});
