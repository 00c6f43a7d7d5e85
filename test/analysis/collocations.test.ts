import { strict as assert } from "node:assert";
import { test } from "node:test";
import { collocateShift, collocates, collocationEvidence, collocationLines, sequenceCollocations } from "../../src/analysis/collocations";
import { loadCorpus } from "../../src/corpus/load";
import { tokens } from "../../src/text/tokens";
import { SEEDS, textCorpus } from "../helpers";

const close = (actual: number, expected: number, tol = 1e-9) => assert.ok(Math.abs(actual - expected) <= tol, `expected ${expected}, got ${actual}`);
const words = { stopwords: "none", phrases: "none", fold: "none" } as const;

// One document, three sentences, every word counted: "a b x c. x d b. e f g." N = 10.
// Node x, one word each side, inside the sentence: the first x sees b and c; the second x opens
// its sentence and sees only d (c is in the sentence before). R1 = 3, node count 2.
const small = tokens(textCorpus([{ id: "s", year: 2016, text: "A b x c. X d b. E f g." }]), words);

test("collocate statistics equal the hand-worked table", () => {
  const rows = collocates(small, "x", { left: 1, right: 1, minCount: 1 });
  assert.deepEqual(rows.map((r) => [r.collocate, r.count]).sort(), [["b", 1], ["c", 1], ["d", 1]]);
  const b = rows.find((r) => r.collocate === "b")!;
  assert.deepEqual([b.nodeCount, b.windowTokens, b.tokens, b.collocateCount], [2, 3, 10, 2]);
  close(b.expected, 0.6); // 3 × 2 / 10
  close(b.mi, Math.log2(1 / 0.6));
  close(b.tScore, 0.4);
  close(b.logDice, 13); // 14 + log2(2 × 1 / (2 + 2))
  // G²: inside b 1, other 2; outside b 1, other 6; expected 0.6, 2.4, 1.4, 5.6.
  close(b.g2, 2 * (Math.log(1 / 0.6) + Math.log(1 / 1.4) + 2 * Math.log(2 / 2.4) + 6 * Math.log(6 / 5.6)));
  // c: C1 = 1, E11 = 0.3, all its occurrences beside x.
  const c = rows.find((r) => r.collocate === "c")!;
  close(c.mi, Math.log2(1 / 0.3));
});

test("windows count each position once, and stop words are positions but never collocates", () => {
  const t = tokens(textCorpus([{ id: "s", year: 2016, text: "Trust x the x trust." }]), { phrases: "none", fold: "none" });
  // Windows of 2 around both x: positions 0 (trust), 2 (the, a stop word) and 4 (trust), once each.
  const [row] = collocates(t, "x", { left: 2, right: 2, minCount: 1 });
  assert.deepEqual([row.collocate, row.count, row.windowTokens, row.nodeCount], ["trust", 2, 2, 2]);
});

test("the shift between two groups: shares of the node's windows, G² and Log Ratio by hand", () => {
  const corpus = textCorpus([
    { id: "a", year: 2016, text: "Cooperation means mutual trust. Win-win cooperation means trust." },
    { id: "b", year: 2022, text: "Cooperation has conditions. Cooperation needs conditions and trust." },
  ]);
  const t = tokens(corpus, { phrases: "none", fold: "none" });
  const rows = collocateShift(t, "cooperation", { a: "2016", b: "2022", left: 5, right: 5, minCount: 1 });
  const row = (c: string) => rows.find((r) => r.collocate === c)!;
  // 2016 windows: means mutual trust | win-win means trust: R1 = 6 (non-stop). 2022: has conditions |
  // needs conditions trust: "has" and "and" are stop words: R1 = 4.
  assert.deepEqual([row("trust").countA, row("trust").countB], [2, 1]);
  assert.deepEqual([row("conditions").countA, row("conditions").countB], [0, 2]);
  close(row("conditions").per1kB, (2 / 4) * 1000);
  close(row("trust").logRatio, Math.log2(2 / 6 / (1 / 4)));
  const g2 = (a: number, b: number, ta: number, tb: number) => {
    const n = ta + tb;
    const cells = [[a, (ta * (a + b)) / n], [b, (tb * (a + b)) / n], [ta - a, (ta * (n - a - b)) / n], [tb - b, (tb * (n - a - b)) / n]];
    return 2 * cells.reduce((s, [o, e]) => s + (o > 0 ? o * Math.log(o / e) : 0), 0);
  };
  close(row("conditions").g2, -g2(0, 2, 6, 4));
  assert.equal(row("conditions").side, "B");
  assert.equal(rows[0].side, "A", "A's gains first");
  assert.throws(() => collocateShift(t, "sovereignty", { a: "2016", b: "2022" }), /no collocates in year = "2016"/);
});

test("a shift reads A and B alone: a third group changes nothing, and a group not found is named beside all there are", () => {
  const docs = [
    { id: "a", year: 2016, text: "Cooperation means mutual trust. Win-win cooperation means trust." },
    { id: "b", year: 2022, text: "Cooperation has conditions. Cooperation needs conditions and trust." },
  ];
  const third = { id: "c", year: 2019, text: "Cooperation builds trust, trust builds cooperation, and conditions fade." };
  const options = { a: "2016", b: "2022", left: 5, right: 5, minCount: 1 };
  const two = tokens(textCorpus(docs), { phrases: "none", fold: "none" });
  const three = tokens(textCorpus([...docs, third]), { phrases: "none", fold: "none" });
  assert.deepEqual(collocateShift(three, "cooperation", options), collocateShift(two, "cooperation", options));
  assert.throws(() => collocateShift(three, "cooperation", { ...options, b: "2023" }), /no document has year = "2023"; choose one of: 2016, 2019, 2022$/);
});

test("evidence for some groups is every group's evidence less the others' lines", () => {
  const t = tokens(textCorpus([
    { id: "a", year: 2016, text: "Cooperation means mutual trust. Win-win cooperation means trust." },
    { id: "c", year: 2019, text: "Cooperation builds trust, trust builds cooperation." },
    { id: "b", year: 2022, text: "Cooperation needs conditions and trust." },
  ]), { phrases: "none", fold: "none" });
  const collocates = ["trust", "means", "builds"];
  const all = collocationLines(t, "cooperation", collocates, { left: 5, right: 5 });
  const two = collocationLines(t, "cooperation", collocates, { left: 5, right: 5, group: ["2016", "2022"] });
  const one = collocationLines(t, "cooperation", collocates, { left: 5, right: 5, group: "2019" });
  for (const c of collocates) {
    assert.deepEqual(two.get(c), all.get(c)!.filter((l) => l.group !== "2019"), c);
    assert.deepEqual(one.get(c), all.get(c)!.filter((l) => l.group === "2019"), c);
  }
  // The lines compared are there: 2019 holds "builds" twice over, around two cooperations.
  assert.equal(one.get("builds")!.length, 2);
  assert.equal(two.get("trust")!.length, 3);
});

test("sequences: λ and z of 'a b' from the table of all runs, and a trigram's cells by brute force", () => {
  const t = tokens(textCorpus([{ id: "s", year: 2016, text: "a b a b c a b d" }]), words);
  const ab = sequenceCollocations(t, { sizes: [2], minCount: 2 }).find((r) => r.collocation === "a b")!;
  close(ab.lambda, Math.log(63));
  close(ab.z, 1.9513724113644835);
  assert.equal(ab.count, 3);
  // Trigrams: λ recomputed from cells counted run by run.
  const text = "x y z x y z x y w q y z x q z x y z";
  const tri = sequenceCollocations(tokens(textCorpus([{ id: "t", year: 2016, text }]), words), { sizes: [3], minCount: 2 });
  const xyz = tri.find((r) => r.collocation === "x y z")!;
  const ws = text.split(" ");
  const cells = new Array(8).fill(0);
  for (let i = 0; i + 3 <= ws.length; i++) cells[(ws[i] === "x" ? 1 : 0) | (ws[i + 1] === "y" ? 2 : 0) | (ws[i + 2] === "z" ? 4 : 0)]++;
  const l = (c: number) => Math.log(cells[c] + 0.5);
  close(xyz.lambda, -l(0) + l(1) + l(2) - l(3) + l(4) - l(5) - l(6) + l(7));
  assert.equal(xyz.count, cells[7]);
});

test("on the seeds the collocates of cooperation in 2016 and 2022 come with their sentences", () => {
  const t = tokens(loadCorpus(SEEDS), { phrases: "none" });
  const rows = collocates(t, "cooperation", { minCount: 2 });
  assert.ok(rows.some((r) => r.group === "2016") && rows.some((r) => r.group === "2022"));
  for (const r of rows) {
    const lines = collocationEvidence(t, "cooperation", r.collocate, { group: r.group });
    assert.equal(lines.length, r.count, `${r.group} ${r.collocate}: one line per co-occurrence here`);
    for (const line of lines) assert.match(`${line.left} ${line.right}`.toLowerCase(), new RegExp(r.collocate.toLowerCase().replace(/[-]/g, "\\-")));
  }
});
