import { sentenceStartsBetween } from "../text/sentences";
import { stem } from "../text/stem";
import type { ResolvedTokenOptions } from "../text/tokenOptions";
import { scriptFolding } from "../text/script";
import { hasHan, segmentWord } from "../text/segmentChinese";
import { breaksClause, tokenRules } from "../text/tokenize";
import { ACRONYM } from "../text/words";
import { wordCharAt, wordEnd, wordStart } from "./wordBounds";
import { FNV_OFFSET, FNV_PRIME, PACKED_MAX, Vocabulary } from "./vocabulary";

/** The code that stands for every character beyond ASCII in a scanner's copy of the text. */
const OTHER = 128;
// Module-local copies: compiled to CommonJS, an imported binding is a property load on every use,
// and these are read once per character.
const OFFSET = FNV_OFFSET;
const PRIME = FNV_PRIME;
const NOT_ASCII = /[^\x00-\x7f]/g;

/** The tokens of one text as parallel arrays, valid until the scanner's next `scan`. */
export interface TokenRun {
  length: number;
  /** Vocabulary id of each token's term. */
  term: Int32Array;
  /** Character offsets into the text. */
  start: Int32Array;
  end: Int32Array;
  /** 1 for a stop word. */
  stop: Uint8Array;
}

interface Phrase {
  words: string[];
  term: number;
}

/** An ASCII code with capitals folded to lower case. */
function fold(c: number): number {
  return c <= 90 && c >= 65 ? c | 32 : c;
}

/** ACRONYM for a word of plain ASCII, read from the text's codes without building the word. */
function asciiAcronym(codes: Uint8Array, s: number, e: number): boolean {
  // Some comparisons are joined bitwise, not by && and ||, so that each runs whenever the test gets
  // that far: one first met late (a possessive, "NATO's"; a digit or hyphen, "F-16") stopped the
  // optimized code of the scanner, which carries this function inlined, and had it compiled again,
  // in every counting thread.
  if (e - s >= 4 && (+(codes[e - 2] === 39) & +(codes[e - 1] === 115)) !== 0) e -= 2; // 's
  if (e - s < 2) return false;
  for (let i = s; i < e; i++) {
    const c = codes[i];
    if ((c - 65) >>> 0 < 26) continue; // a capital
    // Else a digit or hyphen, from the third character on.
    if ((+(i < s + 2) | (+((c - 48) >>> 0 >= 10) & +(c !== 45))) !== 0) return false;
  }
  return true;
}

/** "China's", "CHINA'S": the possessive a term loses (unless the word is a stop word such as "it's"). */
function possessive(text: string, s: number, e: number): boolean {
  const c = text.charCodeAt(e - 1);
  return e - s >= 3 && text.charCodeAt(e - 2) === 39 && (c === 115 || c === 83);
}

/**
 * The kit's tokenizer: words (as `WORD` defines them), multiword phrases joined within a clause and
 * sentence, case folded with acronyms kept, possessives stripped, stop words flagged, optional
 * Porter stems. It walks a byte copy of the text (ASCII as it is, anything else as `OTHER`, read
 * from the text itself) and looks each word up in its vocabulary by its packed characters where it
 * stands, so a token costs no string and no object; `tokenizeDocument` builds Token objects from
 * the run when offsets and sentences are wanted.
 */
export class TokenScanner {
  readonly vocabulary: Vocabulary;
  private readonly phrases: Map<string, Phrase[]>;
  private run: TokenRun = { length: 0, term: new Int32Array(1024), start: new Int32Array(1024), end: new Int32Array(1024), stop: new Uint8Array(1024) };
  private text = "";
  /** The current text's code units, one byte each (ASCII, or `OTHER`), then a 0 after the end. */
  private codes = new Uint8Array(4096);

  /** Folding without stemming: a lower-case word is its own term. */
  private readonly plain: boolean;
  /** Traditional Chinese to Simplified, with `script: "simplified"`. */
  private readonly fold: ((text: string) => string) | undefined;
  /** Chinese words the segmenter keeps whole: the user's and alias spellings. */
  private readonly dictionary: string[];

  /** `capacity`: the terms its vocabulary makes room for up to front (`Vocabulary`). */
  constructor(readonly options: ResolvedTokenOptions, capacity?: number) {
    this.plain = options.lowercase && !options.stem;
    this.fold = scriptFolding(options.script);
    const rules = tokenRules(options);
    this.dictionary = rules.dictionary;
    this.vocabulary = new Vocabulary(rules.stops, rules.phrases.keys(), capacity);
    this.phrases = new Map();
    for (const [first, list] of rules.phrases) {
      const joined = (ws: string[]) => (options.stem ? ws.map(stem) : ws).join(" ");
      this.phrases.set(first, list.map((words) => ({ words, term: this.vocabulary.internString(joined(words)) })));
    }
    for (const [from, to] of rules.folds) this.vocabulary.setFold(this.vocabulary.internString(from), this.vocabulary.internString(to));
  }

  /**
   * The tokens of `text`, in one pass over its byte copy; kept in one function because it is the
   * hot loop of every count (a call per word costs more than the word). In order:
   * (1) a character that is not an ASCII letter or digit (the word characters of `chars.ts` below
   *     128; a test holds the two together) is told by two range checks, cheaper than a table load;
   * (2) the hot path reads a run of ASCII letters and digits, folding capitals, hashing and packing
   *     it (as `packWord` packs) as it goes; (3) a word that goes on (an inner ' or -, a dotted
   *     abbreviation, other scripts) is read again whole, hashed and packed the same way, so plain
   *     ASCII is still found by its packed characters; (4) the first loop packs the last eight
   *     characters (two numbers to carry, not three: 91% of English words have at most eight
   *     letters), and a longer word's first ones are packed after it.
   */
  scan(text: string): TokenRun {
    this.text = text;
    this.run.length = 0;
    const codes = this.codesOf(text);
    const n = text.length;
    const vocab = this.vocabulary;
    const plain = this.plain;
    const acronyms = this.options.keepAcronyms;
    let i = 0;
    while (i < n) {
      let c = codes[i];
      // (1)
      if (((c | 32) - 97) >>> 0 >= 26 && (c - 48) >>> 0 >= 10 && (c !== OTHER || wordCharAt(text, i) === 0)) {
        i++;
        continue;
      }
      // (2)
      const s = i;
      let h = OFFSET;
      let p0 = 0;
      let p1 = 0;
      let capitals = false;
      for (;;) {
        const lower = c | 32;
        if ((lower - 97) >>> 0 < 26) {
          if (c !== lower) capitals = true;
          c = lower;
        } else if ((c - 48) >>> 0 >= 10) break;
        h = Math.imul(h ^ c, PRIME);
        p1 = (p1 << 8) | (p0 >>> 24);
        p0 = (p0 << 8) | c;
        c = codes[++i];
      }
      let e = i;
      let p2 = 0;
      let ascii = true;
      // (3)
      if (c === 39 || c === 45 || c === OTHER || (c === 46 && e - s === 1)) {
        e = wordEnd(text, s);
        if (e !== i) {
          h = OFFSET;
          p0 = p1 = 0;
          for (let k = s; k < e; k++) {
            let d = codes[k];
            if (d === OTHER) {
              ascii = false;
              h = 0;
              break;
            }
            if (d >= 65 && d <= 90) {
              capitals = true;
              d |= 32;
            }
            h = Math.imul(h ^ d, PRIME);
            p2 = (p2 << 8) | (p1 >>> 24);
            p1 = (p1 << 8) | (p0 >>> 24);
            p0 = (p0 << 8) | d;
          }
        }
      }
      // (4)
      if (e === i && e - s > 8 && e - s <= PACKED_MAX) for (let k = s; k < e - 8; k++) p2 = (p2 << 8) | fold(codes[k]);
      if (e === i && plain && !(capitals && acronyms && asciiAcronym(codes, s, e))) {
        // Most words: ASCII letters and digits, not an acronym, no possessive, no stemming: the term
        // is the lower-case word.
        let id = e - s <= PACKED_MAX ? vocab.findPacked(h, p0, p1, p2) : vocab.find(text, s, e, true, h);
        if (id < 0) id = vocab.intern(text, s, e, true, h);
        else if (vocab.startsPhrase(id)) {
          i = this.emit(text, s, e, ascii, capitals, h, id);
          continue;
        }
        this.push(vocab.folded(id), s, e, vocab.isStop(id));
      } else {
        // Acronyms, inner ' - ., stemming, other scripts (Chinese cut into words first).
        if (!ascii && hasHan(text, s, e)) i = this.emitSegmented(text, s, e);
        else i = this.emit(text, s, e, ascii, capitals, h, ascii && e - s <= PACKED_MAX ? vocab.findPacked(h, p0, p1, p2) : undefined);
      }
    }
    return this.run;
  }

  /** `text`'s code units as bytes in `codes`: ASCII as it is, anything else `OTHER`; 0 after. */
  private codesOf(text: string): Uint8Array {
    const n = text.length;
    if (this.codes.length <= n) this.codes = new Uint8Array(Math.max(n + 1, 2 * this.codes.length));
    const codes = this.codes;
    // Written as Latin-1 (a copy, for ASCII), then every code unit past ASCII marked.
    const bytes = Buffer.from(codes.buffer, codes.byteOffset, codes.length);
    bytes.write(text, 0, n, "latin1");
    if (Buffer.byteLength(text, "utf8") !== n) {
      NOT_ASCII.lastIndex = 0;
      for (let m; (m = NOT_ASCII.exec(text)) !== null; ) codes[m.index] = OTHER;
    }
    codes[n] = 0;
    return codes;
  }

  /**
   * Adds the token of the word `text[s, e)` (or of the phrase it starts) and says where to read on.
   * `h` is the word's folded hash when it is plain ASCII; `folded` the id of the folded word when
   * the caller has looked it up (-1: not a term yet).
   */
  private emit(text: string, s: number, e: number, ascii: boolean, capitals: boolean, h: number, folded?: number, phrases = true): number {
    const { lowercase, keepAcronyms, stripPossessives, stem: stemming } = this.options;
    const vocab = this.vocabulary;
    let term: number;
    let stop: boolean;
    if (ascii) {
      // Plain ASCII: looked up where it stands, folded by the vocabulary.
      const lower = folded ?? vocab.find(text, s, e, true, h);
      const phrase = vocab.startsPhrase(lower) ? this.matchPhrase(vocab.term(lower), e) : null;
      if (phrase) {
        this.push(vocab.folded(phrase.term), s, phrase.end, false);
        return phrase.end;
      }
      stop = vocab.isStop(lower);
      const asWritten = !lowercase || (keepAcronyms && capitals && asciiAcronym(this.codes, s, e));
      const cut = stripPossessives && !stop && possessive(text, s, e) ? 2 : 0;
      term = !asWritten && cut === 0 ? (lower >= 0 ? lower : vocab.intern(text, s, e, true, h)) : vocab.intern(text, s, e - cut, !asWritten);
    } else {
      // Other scripts and accents: Unicode case folding and the ACRONYM pattern, on strings;
      // Chinese folded to Simplified when asked.
      const written = text.slice(s, e);
      const word = this.fold && !phrases && hasHan(written, 0, written.length) ? this.fold(written) : written;
      const lowerWord = word.toLowerCase();
      const lower = vocab.findString(lowerWord);
      const phrase = phrases && vocab.startsPhrase(lower) ? this.matchPhrase(lowerWord, e) : null;
      if (phrase) {
        this.push(vocab.folded(phrase.term), s, phrase.end, false);
        return phrase.end;
      }
      stop = vocab.isStop(lower);
      let folded = !lowercase || (keepAcronyms && ACRONYM.test(word)) ? word : lowerWord;
      if (stripPossessives && !stop && (folded.endsWith("'s") || folded.endsWith("'S"))) folded = folded.slice(0, -2);
      term = vocab.internString(folded);
    }
    this.push(vocab.folded(stemming ? vocab.stemOf(term) : term), s, e, stop);
    return e;
  }

  /**
   * The words of a word holding Chinese (`segmentWord`, as the token rule cuts it, folded to
   * Simplified when asked): no phrase starts at one.
   */
  private emitSegmented(text: string, s: number, e: number): number {
    for (const w of segmentWord(text, s, e, this.dictionary, this.fold)) this.emit(text, w.start, w.end, false, false, 0, undefined, false);
    return e;
  }

  /**
   * Records one token in the run. The one place every token passes through: a subclass that needs
   * only the term ids (`TermTally`'s) overrides it, and the run is then left empty.
   */
  protected push(term: number, start: number, end: number, stop: boolean): void {
    let run = this.run;
    if (run.length === run.term.length) run = this.grow();
    const k = run.length++;
    run.term[k] = term;
    run.start[k] = start;
    run.end[k] = end;
    run.stop[k] = stop ? 1 : 0;
  }

  private grow(): TokenRun {
    const old = this.run;
    const n = old.term.length * 2;
    const run: TokenRun = { length: old.length, term: new Int32Array(n), start: new Int32Array(n), end: new Int32Array(n), stop: new Uint8Array(n) };
    run.term.set(old.term);
    run.start.set(old.start);
    run.end.set(old.end);
    run.stop.set(old.stop);
    return (this.run = run);
  }

  /**
   * The longest phrase starting with the word `first` (which ends at `from`) whose next words follow
   * in the same clause and sentence; the last word may carry a possessive ("Xi Jinping's").
   */
  private matchPhrase(first: string, from: number): { term: number; end: number } | null {
    const text = this.text;
    for (const phrase of this.phrases.get(first) ?? []) {
      const n = phrase.words.length;
      let prevEnd = from;
      let k = 1;
      for (; k < n; k++) {
        const ws = wordStart(text, prevEnd);
        if (ws < 0 || this.breakBetween(prevEnd, ws)) break;
        const we = wordEnd(text, ws);
        const w = text.slice(ws, we).toLowerCase();
        const want = phrase.words[k];
        if (!(w === want || (k === n - 1 && w.endsWith("'s") && w.slice(0, -2) === want))) break;
        prevEnd = we;
      }
      if (k === n) return { term: phrase.term, end: prevEnd };
    }
    return null;
  }

  /** Whether a clause or a sentence ends between a word ending at `from` and the next starting at `to`. */
  private breakBetween(from: number, to: number): boolean {
    const text = this.text;
    if (to - from === 1 && text.charCodeAt(from) === 32 && text.charCodeAt(from - 1) !== 46) return false;
    return breaksClause(text, from, to) || sentenceStartsBetween(text, from, to);
  }
}
