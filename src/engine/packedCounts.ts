import type { GroupCounts } from "../analysis/counts";

/** One group's tally with its terms as indices into `PackedCounts.terms`. */
export interface PackedGroup {
  group: string;
  documents: number;
  total: number;
  /** Per counted term: its index in `terms`, its count, and the group's documents holding it. */
  ids: Int32Array;
  counts: Int32Array;
  docs: Int32Array;
}

/**
 * A packed group. Every one must be made here, by one object literal, so that all have one shape:
 * a second shape (an object spread from another) throws away the frequency table's optimized loops.
 */
export function packedGroup(group: string, documents: number, total: number, ids: Int32Array, counts: Int32Array, docs: Int32Array): PackedGroup {
  return { group, documents, total, ids, counts, docs };
}

/**
 * Term tallies in the form that crosses threads cheaply: each term's string once, every number in
 * a typed array (copied as one block, or moved with `transferList`). Maps of strings are cloned
 * entry by entry, which for a large vocabulary costs more than counting it.
 */
export interface PackedCounts {
  terms: string[];
  /** Documents holding `terms[i]`, over every group. */
  docFreq: Int32Array;
  groups: PackedGroup[];
  /**
   * `terms` are in code-unit order (`TermTally.pack` sorts them): such tallies merge without looking
   * terms up, and their frequency table needs no sort of its terms.
   */
  sorted?: boolean;
}

/** The typed arrays of `packed`, to hand to `postMessage` as its transfer list. */
export function packedBuffers(packed: PackedCounts): ArrayBuffer[] {
  const arrays = [packed.docFreq, ...packed.groups.flatMap((g) => [g.ids, g.counts, g.docs])];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}

/** Packs tallies held as maps (the n-gram path; unigrams are packed by `TermTally.pack`). */
export function packCounts(groups: readonly GroupCounts[], docFreq: ReadonlyMap<string, number>): PackedCounts {
  const index = new Map<string, number>();
  const terms = [...docFreq.keys()];
  terms.forEach((t, i) => index.set(t, i));
  const packedGroups = groups.map((g) => {
    const n = g.counts.size;
    const ids = new Int32Array(n);
    const counts = new Int32Array(n);
    const docs = new Int32Array(n);
    let k = 0;
    for (const [term, count] of g.counts) {
      ids[k] = index.get(term)!;
      counts[k] = count;
      docs[k++] = g.docFreq.get(term)!;
    }
    return packedGroup(g.group, g.documents, g.total, ids, counts, docs);
  });
  return { terms, docFreq: Int32Array.from(docFreq.values()), groups: packedGroups };
}

/**
 * Packed tallies as maps of strings: the groups, in packed order, and the corpus document
 * frequencies (of terms some document still holds: `subtractCounts` can leave a term at 0).
 */
export function unpackCounts(packed: PackedCounts): { groups: GroupCounts[]; docFreq: Map<string, number> } {
  const { terms } = packed;
  const docFreq = new Map<string, number>();
  for (let i = 0; i < terms.length; i++) if (packed.docFreq[i] !== 0) docFreq.set(terms[i], packed.docFreq[i]);
  const groups = packed.groups.map((p) => {
    const counts = new Map<string, number>();
    const groupDocs = new Map<string, number>();
    for (let k = 0; k < p.ids.length; k++) {
      counts.set(terms[p.ids[k]], p.counts[k]);
      groupDocs.set(terms[p.ids[k]], p.docs[k]);
    }
    return { group: p.group, documents: p.documents, total: p.total, counts, docFreq: groupDocs };
  });
  return { groups, docFreq };
}

/**
 * Several workers' tallies as one, merged by term index rather than by string: each term is matched
 * once per part (by walking sorted lists when every part is sorted, else by lookup), then counts are
 * added in typed arrays. Groups come in first-seen order, part by part; terms in code-unit order
 * when the parts were sorted, else first-seen. It runs once, at the end of a count, while the other
 * threads are done.
 */
export function mergePacked(parts: readonly PackedCounts[]): PackedCounts {
  if (parts.length === 1) return parts[0];
  const sorted = parts.every((p) => p.sorted);
  const { terms, docFreq, toMerged } = sorted ? mergeSortedTerms(parts) : mergeTerms(parts);
  const byGroup = new Map<string, { g: PackedGroup; to: Int32Array }[]>();
  parts.forEach((p, k) => {
    for (const g of p.groups) {
      let list = byGroup.get(g.group);
      if (!list) byGroup.set(g.group, (list = []));
      list.push({ g, to: toMerged[k] });
    }
  });
  // Where a merged term sits in the group being merged (-1: not yet in it); reset after each group.
  const at = new Int32Array(terms.length).fill(-1);
  const groups = [...byGroup].map(([group, list]) => mergeGroup(group, list, at));
  return { terms, docFreq, groups, sorted };
}

/**
 * One group's tallies from every part that holds it, summed by merged term. `at` is -1 for every
 * term, and is left so. Each loop is a function of its own: this code runs once per group, and a
 * loop optimized while it ran had its code thrown away again by the code after it, not yet run.
 */
function mergeGroup(group: string, list: readonly { g: PackedGroup; to: Int32Array }[], at: Int32Array): PackedGroup {
  const room = list.reduce((n, { g }) => n + g.ids.length, 0);
  const merged = packedGroup(group, 0, 0, new Int32Array(room), new Int32Array(room), new Int32Array(room));
  let size = 0;
  for (const { g, to } of list) {
    merged.documents += g.documents;
    merged.total += g.total;
    size = addGroup(merged, size, g, to, at);
  }
  clearPlaces(at, merged.ids, size);
  return packedGroup(group, merged.documents, merged.total, merged.ids.slice(0, size), merged.counts.slice(0, size), merged.docs.slice(0, size));
}

/** Adds a part's group to `merged` (its first `size` entries filled); returns the entries filled. */
function addGroup(merged: PackedGroup, size: number, g: PackedGroup, to: Int32Array, at: Int32Array): number {
  const { ids, counts, docs } = merged;
  for (let k = 0; k < g.ids.length; k++) {
    const u = to[g.ids[k]];
    const pos = at[u];
    if (pos === -1) {
      at[u] = size;
      ids[size] = u;
      counts[size] = g.counts[k];
      docs[size++] = g.docs[k];
    } else {
      counts[pos] += g.counts[k];
      docs[pos] += g.docs[k];
    }
  }
  return size;
}

/** Sets `at` back to -1 for the first `size` terms of `ids`. */
function clearPlaces(at: Int32Array, ids: Int32Array, size: number): void {
  for (let k = 0; k < size; k++) at[ids[k]] = -1;
}

/** The parts' terms as one list and, per part, its term indices → merged ones. */
interface MergedTerms {
  terms: string[];
  docFreq: Int32Array;
  toMerged: Int32Array[];
}

/**
 * Terms of any order merged by string: the first part's keep their indices (a part names each
 * term once), the others' are looked up.
 */
function mergeTerms(parts: readonly PackedCounts[]): MergedTerms {
  const [first] = parts;
  const terms = first.terms.slice();
  const index = new Map<string, number>();
  for (let i = 0; i < terms.length; i++) index.set(terms[i], i);
  const docFreq = new Int32Array(parts.reduce((n, p) => n + p.terms.length, 0));
  docFreq.set(first.docFreq);
  const toMerged = parts.map((p, k) => {
    if (k === 0) return Int32Array.from(terms, (_, i) => i);
    const to = new Int32Array(p.terms.length);
    for (let i = 0; i < p.terms.length; i++) {
      const term = p.terms[i];
      let u = index.get(term);
      if (u === undefined) {
        index.set(term, (u = terms.length));
        terms.push(term);
      }
      docFreq[u] += p.docFreq[i];
      to[i] = u;
    }
    return to;
  });
  return { terms, docFreq: docFreq.slice(0, terms.length), toMerged };
}

/**
 * Terms each in code-unit order merged as sorted lists are (the smallest of the parts' next terms
 * goes next, once for all parts holding it): no string is looked up, and the result is in order.
 */
function mergeSortedTerms(parts: readonly PackedCounts[]): MergedTerms {
  const terms: string[] = [];
  const docFreq = new Int32Array(parts.reduce((n, p) => n + p.terms.length, 0));
  const toMerged = parts.map((p) => new Int32Array(p.terms.length));
  const next = new Int32Array(parts.length);
  for (;;) {
    let least: string | undefined;
    for (let k = 0; k < parts.length; k++) {
      // Not read past the end: that is undefined, but optimized code reading it is thrown away.
      if (next[k] === parts[k].terms.length) continue;
      const t = parts[k].terms[next[k]];
      if (least === undefined || t < least) least = t;
    }
    if (least === undefined) break;
    const u = terms.length;
    terms.push(least);
    for (let k = 0; k < parts.length; k++) {
      const i = next[k];
      if (i === parts[k].terms.length || parts[k].terms[i] !== least) continue;
      docFreq[u] += parts[k].docFreq[i];
      toMerged[k][i] = u;
      next[k]++;
    }
  }
  return { terms, docFreq: docFreq.slice(0, terms.length), toMerged };
}

/**
 * Takes tallies off packed ones, in place: `removed` holds documents counted that should not have
 * been (later copies of a text), as groups of the same names and their corpus document
 * frequencies. A group's terms whose count falls to 0 leave it.
 */
export function subtractCounts(packed: PackedCounts, removed: readonly GroupCounts[], removedDocFreq: ReadonlyMap<string, number>): void {
  const index = new Map(packed.terms.map((t, i) => [t, i]));
  for (const [term, n] of removedDocFreq) packed.docFreq[index.get(term)!] -= n;
  // Where a term sits in the group being changed (-1: not in it).
  const at = new Int32Array(packed.terms.length).fill(-1);
  for (const r of removed) {
    const i = packed.groups.findIndex((g) => g.group === r.group);
    const g = packed.groups[i];
    g.ids.forEach((id, k) => (at[id] = k));
    for (const [term, n] of r.counts) g.counts[at[index.get(term)!]] -= n;
    for (const [term, n] of r.docFreq) g.docs[at[index.get(term)!]] -= n;
    g.ids.forEach((id) => (at[id] = -1));
    const keep = (_: number, k: number) => g.counts[k] !== 0;
    packed.groups[i] = packedGroup(g.group, g.documents - r.documents, g.total - r.total, g.ids.filter(keep), g.counts.filter(keep), g.docs.filter(keep));
  }
}
