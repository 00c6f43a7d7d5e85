import { ownString } from "./ownString";
import { stem } from "../text/stem";

const STOP = 1;
const PHRASE_START = 2;
const LOWER = 4;
const FOLDS = 8;
/** Whole numbers per hash-table slot: the term's id + 1 (0: empty) and its packed characters. */
const SLOT_BITS = 2;
const SLOT = 1 << SLOT_BITS;

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 16777619;

/** FNV-1a hash of `text[start, end)`, ASCII capitals folded when `fold`: how terms are filed. */
export function termHash(text: string, start: number, end: number, fold: boolean): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (fold && c >= 65 && c <= 90) c |= 32;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h;
}

/** Longest word a hash-table slot holds whole. */
export const PACKED_MAX = 12;

/**
 * A word's last twelve characters as three whole numbers, a byte each (`p0` the last four): each
 * character shifts in as
 *
 *   p2 = (p2 << 8) | (p1 >>> 24); p1 = (p1 << 8) | (p0 >>> 24); p0 = (p0 << 8) | c
 *
 * which a scanner does as it reads. A word of at most twelve ASCII characters is its three numbers
 * exactly (no character is the zero byte that pads the rest), so comparing them compares the words.
 * Null for a term no folded ASCII word can equal (capitals, other scripts), or one too long.
 */
export function packWord(term: string): [number, number, number] | null {
  if (term.length > PACKED_MAX) return null;
  let p0 = 0;
  let p1 = 0;
  let p2 = 0;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    if (c === 0 || c >= 128 || (c >= 65 && c <= 90)) return null;
    p2 = (p2 << 8) | (p1 >>> 24);
    p1 = (p1 << 8) | (p0 >>> 24);
    p0 = (p0 << 8) | c;
  }
  return [p0, p1, p2];
}

/**
 * Terms interned as whole-number ids. A word is looked up by its characters where it stands in the
 * text (ASCII capitals folded on the way), so a tokenizer builds one string per new term instead of
 * one per token; a short word is matched by its packed characters alone (`findPacked`), without
 * reading the term. Stop words and the first words of phrases are entered up front, flagged.
 */
export class Vocabulary {
  private readonly terms: string[] = [];
  private hashes: Int32Array;
  private flags: Uint8Array;
  /** Id of each term's Porter stem; -1 until asked for. */
  private stems: Int32Array;
  /**
   * Open addressing by hash, `SLOT` numbers per slot: the term's id + 1 (0 for an empty slot) and
   * its characters as `packWord` packs them (0, 0, 0 when it gives null).
   */
  private slots: Int32Array;
  /** Where a term flagged FOLDS counts instead: its entity's term (src/text/aliasFolds.ts). */
  private readonly foldTo = new Map<number, number>();

  /**
   * `capacity`: the terms to make room for up to front (more are taken as they come). A count of a
   * whole folder meets tens of thousands: a table made for them is never rebuilt, and a rebuild
   * moves every term, in code not yet optimized.
   */
  constructor(stopwords: Iterable<string> = [], phraseStarts: Iterable<string> = [], capacity = 1024) {
    let entries = 1024;
    while (entries < capacity) entries *= 2;
    this.hashes = new Int32Array(entries);
    this.flags = new Uint8Array(entries);
    this.stems = new Int32Array(entries).fill(-1);
    // At most half full, as `add` keeps it.
    this.slots = new Int32Array(SLOT * Math.max(4096, 2 * entries));
    for (const w of stopwords) this.flags[this.internString(w)] |= STOP;
    for (const w of phraseStarts) this.flags[this.internString(w)] |= PHRASE_START;
  }

  get size(): number {
    return this.terms.length;
  }

  term(id: number): string {
    return this.terms[id];
  }

  isStop(id: number): boolean {
    return id >= 0 && (this.flags[id] & STOP) !== 0;
  }

  /** Counts the term `from` as the term `to` from now on. */
  setFold(from: number, to: number): void {
    this.flags[from] |= FOLDS;
    this.foldTo.set(from, to);
  }

  /** The term `id` counts as: its entity's term for a folded spelling, else itself. */
  folded(id: number): number {
    return (this.flags[id] & FOLDS) === 0 ? id : this.foldTo.get(id)!;
  }

  startsPhrase(id: number): boolean {
    return id >= 0 && (this.flags[id] & PHRASE_START) !== 0;
  }

  /**
   * The id of `text[start, end)`, or -1 when it is not a term yet. `fold` folds ASCII capitals
   * only: a word in other scripts is lower-cased by the caller and looked up with `findString`.
   * `hash` saves recomputing `termHash` when the caller has it.
   */
  find(text: string, start: number, end: number, fold: boolean, hash = termHash(text, start, end, fold)): number {
    return this.lookup(text, start, end, fold, hash, false);
  }

  /** The id of `text[start, end)` (folded as in `find`), entered as a new term when absent. */
  intern(text: string, start: number, end: number, fold: boolean, hash = termHash(text, start, end, fold)): number {
    return this.lookup(text, start, end, fold, hash, true);
  }

  /**
   * The id of a folded ASCII word of at most `PACKED_MAX` characters, given its hash and its
   * characters packed as `packWord` packs them, or -1.
   */
  findPacked(hash: number, p0: number, p1: number, p2: number): number {
    const slots = this.slots;
    const mask = (slots.length >> SLOT_BITS) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const k = slot * SLOT;
      const entry = slots[k];
      if (entry === 0) return -1;
      if (slots[k + 1] === p0 && slots[k + 2] === p1 && slots[k + 3] === p2) return entry - 1;
    }
  }

  findString(s: string): number {
    return this.lookup(s, 0, s.length, false, termHash(s, 0, s.length, false), false);
  }

  internString(s: string): number {
    return this.lookup(s, 0, s.length, false, termHash(s, 0, s.length, false), true);
  }

  /** The id of a lower-case term's Porter stem (a term with capitals is its own stem). */
  stemOf(id: number): number {
    let s = this.stems[id];
    if (s < 0) {
      s = (this.flags[id] & LOWER) !== 0 ? this.internString(stem(this.terms[id])) : id;
      this.stems[id] = s;
    }
    return s;
  }

  private lookup(text: string, start: number, end: number, fold: boolean, h: number, insert: boolean): number {
    const slots = this.slots;
    const mask = (slots.length >> SLOT_BITS) - 1;
    const len = end - start;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot * SLOT];
      if (entry === 0) break;
      const id = entry - 1;
      if (this.hashes[id] === h) {
        const term = this.terms[id];
        if (term.length !== len) continue;
        let k = 0;
        if (fold) {
          for (; k < len; k++) {
            const c = text.charCodeAt(start + k);
            if (term.charCodeAt(k) !== (c >= 65 && c <= 90 ? c | 32 : c)) break;
          }
        } else {
          while (k < len && term.charCodeAt(k) === text.charCodeAt(start + k)) k++;
        }
        if (k === len) return id;
      }
    }
    return insert ? this.add(text.slice(start, end), h, fold) : -1;
  }

  private add(written: string, hash: number, fold: boolean): number {
    const term = ownString(fold ? written.toLowerCase() : written);
    const id = this.terms.length;
    if (id === this.hashes.length) this.growEntries();
    this.terms.push(term);
    this.hashes[id] = hash;
    this.flags[id] = term === term.toLowerCase() ? LOWER : 0;
    // Keep the table at most half full.
    const size = this.slots.length / SLOT;
    if (this.terms.length * 2 > size) this.rehash(2 * size);
    this.place(id);
    return id;
  }

  private place(id: number): void {
    const packed = packWord(this.terms[id]);
    this.fill(this.freeSlot(this.hashes[id]), id + 1, packed?.[0] ?? 0, packed?.[1] ?? 0, packed?.[2] ?? 0);
  }

  /** Where an entry of hash `h` goes: the first empty slot from `h` on (as an index into `slots`). */
  private freeSlot(h: number): number {
    const slots = this.slots;
    const mask = (slots.length >> SLOT_BITS) - 1;
    let slot = h & mask;
    while (slots[slot * SLOT] !== 0) slot = (slot + 1) & mask;
    return slot * SLOT;
  }

  private fill(k: number, entry: number, p0: number, p1: number, p2: number): void {
    const slots = this.slots;
    slots[k] = entry;
    slots[k + 1] = p0;
    slots[k + 2] = p1;
    slots[k + 3] = p2;
  }

  /** Rebuilds the table with `size` slots; each entry moves with its packed characters. */
  private rehash(size: number): void {
    const old = this.slots;
    this.slots = new Int32Array(SLOT * size);
    for (let k = 0; k < old.length; k += SLOT) {
      const entry = old[k];
      if (entry !== 0) this.fill(this.freeSlot(this.hashes[entry - 1]), entry, old[k + 1], old[k + 2], old[k + 3]);
    }
  }

  private growEntries(): void {
    const n = this.hashes.length * 2;
    const grow = <T extends Int32Array | Uint8Array>(a: T, fill = 0): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.fill(fill);
      b.set(a);
      return b;
    };
    this.hashes = grow(this.hashes);
    this.flags = grow(this.flags);
    this.stems = grow(this.stems, -1);
  }
}
