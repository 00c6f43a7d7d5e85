import { strict as assert } from "node:assert";
import { test } from "node:test";
import type { GroupCounts } from "../../src/analysis/counts";
import { mergePacked, packCounts, packedBuffers, subtractCounts, unpackCounts } from "../../src/engine/packedCounts";

const group = (name: string, counts: Record<string, number>, docs: Record<string, number>, documents: number, total: number): GroupCounts => ({
  group: name,
  documents,
  total,
  counts: new Map(Object.entries(counts)),
  docFreq: new Map(Object.entries(docs)),
});

/** Maps as plain objects, so key order does not matter to the comparison. */
const plain = (r: { groups: GroupCounts[]; docFreq: Map<string, number> }) => ({
  docFreq: Object.fromEntries(r.docFreq),
  groups: r.groups.map((g) => ({ ...g, counts: Object.fromEntries(g.counts), docFreq: Object.fromEntries(g.docFreq) })),
});

test("packed tallies unpack to the maps they were packed from, terms stored once", () => {
  const groups = [group("2016", { china: 3, cyber: 1 }, { china: 2, cyber: 1 }, 2, 40), group("2022", { trust: 2, china: 1 }, { trust: 1, china: 1 }, 1, 10)];
  const docFreq = new Map([["china", 3], ["cyber", 1], ["trust", 1]]);
  const packed = packCounts(groups, docFreq);
  assert.deepEqual(packed.terms, ["china", "cyber", "trust"]);
  assert.deepEqual([...packed.groups[1].ids], [2, 0], "2022's terms as indices into terms");
  assert.equal(packedBuffers(packed).length, 1 + 3 * 2, "docFreq and three arrays per group");
  assert.deepEqual(unpackCounts(packed), { groups, docFreq });
});

test("merging packed tallies by term index adds them term by term, groups and terms in first-seen order", () => {
  // Three workers with overlapping terms and groups, one group in only two of them.
  const parts = [
    packCounts([group("a", { x: 1, y: 2 }, { x: 1, y: 1 }, 1, 9)], new Map([["x", 1], ["y", 1]])),
    packCounts([group("b", { z: 5 }, { z: 2 }, 2, 12), group("a", { y: 3, w: 1 }, { y: 1, w: 1 }, 1, 7)], new Map([["z", 2], ["y", 1], ["w", 1]])),
    packCounts([group("a", { x: 4 }, { x: 2 }, 2, 20), group("b", { x: 1, z: 1 }, { x: 1, z: 1 }, 1, 3)], new Map([["x", 3], ["z", 1]])),
  ];
  const merged = mergePacked(parts);
  assert.deepEqual(merged.terms, ["x", "y", "z", "w"]);
  const got = unpackCounts(merged);
  assert.deepEqual(got.groups.map((g) => g.group), ["a", "b"]);
  // By hand: a = x 1+4, y 2+3, w 1 over 1+1+2 documents and 9+7+20 tokens; b = z 5+1, x 1.
  assert.deepEqual(plain(got), {
    docFreq: { x: 4, y: 2, z: 3, w: 1 },
    groups: [
      { group: "a", documents: 4, total: 36, counts: { x: 5, y: 5, w: 1 }, docFreq: { x: 3, y: 2, w: 1 } },
      { group: "b", documents: 3, total: 15, counts: { z: 6, x: 1 }, docFreq: { z: 3, x: 1 } },
    ],
  });
  assert.equal(mergePacked([parts[0]]), parts[0], "one part is its own merge");
});

test("tallies with sorted terms merge by walking the lists: terms stay in code-unit order, counts as by hand", () => {
  // Terms in code-unit order in each part, as TermTally.pack gives them; "B" sorts before "a".
  const sortedPart = (groups: GroupCounts[], docFreq: [string, number][]) => {
    const packed = packCounts(groups, new Map(docFreq));
    assert.deepEqual(packed.terms, [...packed.terms].sort());
    return { ...packed, sorted: true };
  };
  const parts = [
    sortedPart([group("g", { b: 2, x: 1 }, { b: 1, x: 1 }, 1, 5)], [["b", 1], ["x", 1]]),
    sortedPart([group("g", { B: 1, a: 3, b: 1 }, { B: 1, a: 2, b: 1 }, 2, 8), group("h", { z: 4 }, { z: 1 }, 1, 6)], [["B", 1], ["a", 2], ["b", 1], ["z", 1]]),
  ];
  const merged = mergePacked(parts);
  assert.deepEqual(merged.terms, ["B", "a", "b", "x", "z"]);
  assert.equal(merged.sorted, true);
  assert.deepEqual(plain(unpackCounts(merged)), {
    docFreq: { B: 1, a: 2, b: 2, x: 1, z: 1 },
    groups: [
      { group: "g", documents: 3, total: 13, counts: { b: 3, x: 1, B: 1, a: 3 }, docFreq: { b: 2, x: 1, B: 1, a: 2 } },
      { group: "h", documents: 1, total: 6, counts: { z: 4 }, docFreq: { z: 1 } },
    ],
  });
  // The same parts, not known to be sorted, merge by lookup to the same counts.
  const unsorted = mergePacked(parts.map(({ sorted: _, ...p }) => p));
  assert.equal(unsorted.sorted, false);
  assert.deepEqual(plain(unpackCounts(unsorted)), plain(unpackCounts(merged)));
});

test("taking documents off packed tallies lowers each count and drops the terms left at 0", () => {
  const groups = [group("a", { x: 5, y: 2, w: 1 }, { x: 3, y: 1, w: 1 }, 4, 36), group("b", { z: 6, x: 1 }, { z: 3, x: 1 }, 3, 15)];
  const packed = packCounts(groups, new Map([["x", 4], ["y", 1], ["w", 1], ["z", 3]]));
  // One document of a: x twice, w once, 9 tokens; one of b: z once, 4 tokens.
  subtractCounts(packed, [group("a", { x: 2, w: 1 }, { x: 1, w: 1 }, 1, 9), group("b", { z: 1 }, { z: 1 }, 1, 4)], new Map([["x", 1], ["w", 1], ["z", 1]]));
  assert.deepEqual(plain(unpackCounts(packed)), {
    docFreq: { x: 3, y: 1, z: 2 },
    groups: [
      { group: "a", documents: 3, total: 27, counts: { x: 3, y: 2 }, docFreq: { x: 2, y: 1 } },
      { group: "b", documents: 2, total: 11, counts: { z: 5, x: 1 }, docFreq: { z: 2, x: 1 } },
    ],
  });
  assert.deepEqual([...packed.groups[0].ids].map((i) => packed.terms[i]), ["x", "y"], "w left group a");
});
