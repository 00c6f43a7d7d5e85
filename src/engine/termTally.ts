import { TokenScanner } from "./scanTokens";
import type { ResolvedTokenOptions } from "../text/tokenOptions";
import type { GroupCounts } from "../analysis/counts";
import { codeUnitRanks } from "./codeUnitRanks";
import { type PackedCounts, packedGroup, unpackCounts } from "./packedCounts";

/** Ids below this are counted in a plain array; rarer terms (later ids) in a hash table. */
const DENSE_IDS = 1 << 16;

/**
 * One group's counts by vocabulary id, no string keys. Ids are given in the order terms are first
 * seen, so the frequent terms have small ids: those are counted in an array indexed by id (count
 * and document count side by side, the frequent ones close together in memory); the rest in open
 * addressing (id, count, document count per slot), so memory stays bounded when a vocabulary of
 * millions meets hundreds of groups.
 */
class IdCounts {
  documents = 0;
  total = 0;
  private dense = new Int32Array(2 * 1024);
  /** Terms in `slots`. */
  private size = 0;
  private slots = new Int32Array(3 * 256).fill(-1);

  /** Adds `count` occurrences of `id` from one more document. */
  add(id: number, count: number): void {
    if (id < DENSE_IDS) {
      if (2 * id >= this.dense.length) this.growDense(id);
      this.dense[2 * id] += count;
      this.dense[2 * id + 1]++;
      return;
    }
    // Grown before it is half full, so there is always an empty slot to stop the probe.
    if ((this.size + 1) * 6 > this.slots.length) this.grow();
    const slots = this.slots;
    const k = this.slotOf(slots, id);
    if (slots[k] === -1) {
      slots[k] = id;
      slots[k + 1] = count;
      slots[k + 2] = 1;
      this.size++;
    } else {
      slots[k + 1] += count;
      slots[k + 2]++;
    }
  }

  /**
   * Each counted term's new index (`index[id]`), count and document count, in typed arrays, by
   * plain passes over the tables, no callback per term. Each pass is a function of its own: run once
   * per group at the end of a count, a loop is optimized while it runs, and code after it in the
   * same function, not yet run, threw that code away again, group after group.
   */
  packed(index: Int32Array): { ids: Int32Array; counts: Int32Array; docs: Int32Array } {
    const { dense, slots } = this;
    const n = denseHeld(dense) + this.size;
    const ids = new Int32Array(n);
    const counts = new Int32Array(n);
    const docs = new Int32Array(n);
    copySlots(slots, index, ids, counts, docs, copyDense(dense, index, ids, counts, docs));
    return { ids, counts, docs };
  }

  private growDense(id: number): void {
    let n = this.dense.length;
    while (n <= 2 * id) n *= 2;
    const dense = new Int32Array(Math.min(n, 2 * DENSE_IDS));
    dense.set(this.dense);
    this.dense = dense;
  }

  /** Where `id` sits in `slots`, or the empty slot where it goes. */
  private slotOf(slots: Int32Array, id: number): number {
    const mask = slots.length / 3 - 1;
    let slot = Math.imul(id, 0x9e3779b1) & mask;
    while (slots[3 * slot] !== id && slots[3 * slot] !== -1) slot = (slot + 1) & mask;
    return 3 * slot;
  }

  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(2 * old.length).fill(-1);
    for (let k = 0; k < old.length; k += 3) {
      if (old[k] === -1) continue;
      const to = this.slotOf(slots, old[k]);
      slots[to] = old[k];
      slots[to + 1] = old[k + 1];
      slots[to + 2] = old[k + 2];
    }
    this.slots = slots;
  }
}

/** Terms counted in a dense table (count and document count per id). */
function denseHeld(dense: Int32Array): number {
  let n = 0;
  for (let k = 1; k < dense.length; k += 2) if (dense[k] > 0) n++;
  return n;
}

/** Copies a dense table's terms from `ids[0]` on; returns where the next goes. */
function copyDense(dense: Int32Array, index: Int32Array, ids: Int32Array, counts: Int32Array, docs: Int32Array): number {
  let j = 0;
  for (let k = 0; k < dense.length; k += 2) {
    if (dense[k + 1] === 0) continue;
    ids[j] = index[k >> 1];
    counts[j] = dense[k];
    docs[j++] = dense[k + 1];
  }
  return j;
}

/** Copies a hash table's terms from `ids[j]` on. */
function copySlots(slots: Int32Array, index: Int32Array, ids: Int32Array, counts: Int32Array, docs: Int32Array, j: number): void {
  for (let k = 0; k < slots.length; k += 3) {
    if (slots[k] === -1) continue;
    ids[j] = index[slots[k]];
    counts[j] = slots[k + 1];
    docs[j++] = slots[k + 2];
  }
}

/**
 * A scanner that counts its tokens as it finds them instead of recording them in a run: the
 * current document's word tokens, and each non-stop term's occurrences by id (`docCount`, the ids
 * met in `touched`), so no run of four numbers per token is written and read back.
 */
class TallyScanner extends TokenScanner {
  tokens = 0;
  distinct = 0;
  /** Zero for every id between documents: `TermTally.addText` clears the ids it took. */
  docCount = new Int32Array(1024);
  touched = new Int32Array(1024);

  protected override push(term: number, _start: number, _end: number, stop: boolean): void {
    this.tokens++;
    if (stop) return;
    // A term first met in this text may have an id past the arrays.
    if (term >= this.docCount.length) this.growCounts(term);
    if (this.docCount[term]++ === 0) this.touched[this.distinct++] = term;
  }

  private growCounts(id: number): void {
    let n = this.docCount.length;
    while (n <= id) n *= 2;
    const docCount = new Int32Array(n);
    docCount.set(this.docCount);
    this.docCount = docCount;
    const touched = new Int32Array(n);
    touched.set(this.touched);
    this.touched = touched;
  }
}

/**
 * Unigram counts per group straight from the tokenizer: each document's non-stop terms are
 * tallied by id as they are scanned, then added to its group and to the corpus document
 * frequencies. Strings are made once per distinct term, in `result`. The same counting rule as
 * `addDocument` on Token objects (word tokens, stop words included, as the rate denominator; a
 * joined phrase counts once).
 */
export class TermTally {
  private readonly scanner: TallyScanner;
  private readonly groups = new Map<string, IdCounts>();
  private docFreq = new Int32Array(1024);

  /** `capacity`: the terms to make room for up to front (`Vocabulary`). */
  constructor(options: ResolvedTokenOptions, capacity?: number) {
    this.scanner = new TallyScanner(options, capacity);
  }

  /** Tokenizes one document's text and counts it in `group`; returns its word tokens. */
  addText(group: string, text: string): number {
    const scanner = this.scanner;
    scanner.tokens = 0;
    scanner.distinct = 0;
    scanner.scan(text);
    let g = this.groups.get(group);
    if (!g) this.groups.set(group, (g = new IdCounts()));
    g.documents++;
    g.total += scanner.tokens;
    const size = scanner.vocabulary.size;
    if (size > this.docFreq.length) this.growDocFreq(size);
    const { docCount, touched, distinct } = scanner;
    const docFreq = this.docFreq;
    for (let k = 0; k < distinct; k++) {
      const id = touched[k];
      g.add(id, docCount[id]);
      docFreq[id]++;
      docCount[id] = 0;
    }
    return scanner.tokens;
  }

  /** The tallies with terms as strings, as `countTerms` gives them (groups in first-seen order). */
  result(): { groups: GroupCounts[]; docFreq: Map<string, number> } {
    return unpackCounts(this.pack());
  }

  /**
   * The tallies packed to cross threads: only terms some document holds, numbered anew in
   * code-unit order. Sorted here, each counting thread sorts its own terms at the same time as the
   * others, and the merge and the frequency table need not sort them again.
   */
  pack(): PackedCounts {
    const vocab = this.scanner.vocabulary;
    const held: number[] = [];
    for (let id = 0; id < vocab.size; id++) if (this.docFreq[id] > 0) held.push(id);
    const names = held.map((id) => vocab.term(id));
    const rank = codeUnitRanks(names);
    const index = new Int32Array(vocab.size);
    const terms = new Array<string>(held.length);
    const docFreq = new Int32Array(held.length);
    held.forEach((id, k) => {
      index[id] = rank[k];
      terms[rank[k]] = names[k];
      docFreq[rank[k]] = this.docFreq[id];
    });
    const groups = [...this.groups].map(([group, g]) => {
      const { ids, counts, docs } = g.packed(index);
      return packedGroup(group, g.documents, g.total, ids, counts, docs);
    });
    return { terms, docFreq, groups, sorted: true };
  }

  private growDocFreq(size: number): void {
    let n = this.docFreq.length;
    while (n < size) n *= 2;
    const docFreq = new Int32Array(n);
    docFreq.set(this.docFreq);
    this.docFreq = docFreq;
  }
}
