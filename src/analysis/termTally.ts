import { TokenScanner } from "../text/scanTokens";
import type { ResolvedTokenOptions } from "../text/tokenOptions";
import type { GroupCounts } from "./counts";

/** One group's counts by vocabulary id: open addressing over whole numbers, no string keys. */
class IdCounts {
  documents = 0;
  total = 0;
  size = 0;
  keys = new Int32Array(256).fill(-1);
  counts = new Int32Array(256);
  docs = new Int32Array(256);

  /** Adds `count` occurrences of `id` from one more document. */
  add(id: number, count: number): void {
    // Grown before it is half full, so there is always an empty slot to stop the probe.
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const slot = this.slotOf(id);
    if (this.keys[slot] === -1) {
      this.keys[slot] = id;
      this.size++;
    }
    this.counts[slot] += count;
    this.docs[slot]++;
  }

  /** Where `id` sits, or the empty slot where it goes. */
  private slotOf(id: number): number {
    const mask = this.keys.length - 1;
    let slot = Math.imul(id, 0x9e3779b1) & mask;
    while (this.keys[slot] !== id && this.keys[slot] !== -1) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { keys, counts, docs } = this;
    const n = keys.length * 2;
    this.keys = new Int32Array(n).fill(-1);
    this.counts = new Int32Array(n);
    this.docs = new Int32Array(n);
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === -1) continue;
      const slot = this.slotOf(keys[i]);
      this.keys[slot] = keys[i];
      this.counts[slot] = counts[i];
      this.docs[slot] = docs[i];
    }
  }
}

/**
 * Unigram counts per group straight from the tokenizer's runs: each document's non-stop terms are
 * tallied by id, then added to its group and to the corpus document frequencies. Strings are made
 * once per distinct term, in `result`. The same counting rule as `addDocument` on Token objects
 * (word tokens, stop words included, as the rate denominator; a joined phrase counts once).
 */
export class TermTally {
  readonly scanner: TokenScanner;
  private readonly groups = new Map<string, IdCounts>();
  private docCount = new Int32Array(1024);
  private docFreq = new Int32Array(1024);
  private touched = new Int32Array(1024);

  constructor(options: ResolvedTokenOptions) {
    this.scanner = new TokenScanner(options);
  }

  /** Tokenizes one document's text and counts it in `group`; returns its word tokens. */
  addText(group: string, text: string): number {
    const run = this.scanner.scan(text);
    let g = this.groups.get(group);
    if (!g) this.groups.set(group, (g = new IdCounts()));
    g.documents++;
    g.total += run.length;
    const size = this.scanner.vocabulary.size;
    if (size > this.docCount.length) this.grow(size);
    const { docCount, touched } = this;
    let distinct = 0;
    for (let k = 0; k < run.length; k++) {
      if (run.stop[k] === 1) continue;
      const id = run.term[k];
      if (docCount[id]++ === 0) touched[distinct++] = id;
    }
    for (let k = 0; k < distinct; k++) {
      const id = touched[k];
      g.add(id, docCount[id]);
      this.docFreq[id]++;
      docCount[id] = 0;
    }
    return run.length;
  }

  /** The tallies with terms as strings, as `countTerms` gives them (groups in first-seen order). */
  result(): { groups: GroupCounts[]; docFreq: Map<string, number> } {
    const vocab = this.scanner.vocabulary;
    const groups: GroupCounts[] = [];
    for (const [group, g] of this.groups) {
      const counts = new Map<string, number>();
      const docFreq = new Map<string, number>();
      for (let i = 0; i < g.keys.length; i++) {
        if (g.keys[i] === -1) continue;
        const term = vocab.term(g.keys[i]);
        counts.set(term, g.counts[i]);
        docFreq.set(term, g.docs[i]);
      }
      groups.push({ group, documents: g.documents, total: g.total, counts, docFreq });
    }
    const docFreq = new Map<string, number>();
    for (let id = 0; id < vocab.size; id++) if (this.docFreq[id] > 0) docFreq.set(vocab.term(id), this.docFreq[id]);
    return { groups, docFreq };
  }

  private grow(size: number): void {
    let n = this.docCount.length;
    while (n < size) n *= 2;
    const docFreq = new Int32Array(n);
    docFreq.set(this.docFreq);
    this.docFreq = docFreq;
    this.docCount = new Int32Array(n); // all zero between documents
    this.touched = new Int32Array(n);
  }
}
