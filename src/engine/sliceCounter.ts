import { type Document, groupOf } from "../corpus/corpus";
import type { CorpusWarning } from "../corpus/corpus";
import { type ReadOptions, type ReadSettings, type WorkItem, checkEntry, documentPlace, readDocuments, readOptions } from "../corpus/load";
import { ownString } from "./ownString";
import { type DocumentTokenizer, type ResolvedTokenOptions, documentTokenizer } from "../text/tokens";
import { type GroupCounts, addDocument, emptyGroup } from "../analysis/counts";
import { type PackedCounts, packCounts } from "./packedCounts";
import { TermTally } from "./termTally";

/** Terms a counter's vocabulary makes room for up to front: Brown's 1M tokens hold about 47,000. */
const FOLDER_TERMS = 1 << 16;

/** How a folder's documents are counted: the same for every worker. */
export interface CountConfig {
  root: string;
  by: string;
  ngram: number;
  tokenOptions: ResolvedTokenOptions;
  /** How files are read (cleaning, encoding, name pattern): the command's settings over the manifest's. */
  read: ReadSettings;
  duplicates: "once" | "keep";
}

/** A document of the work list with its place in corpus order. */
export interface IndexedItem {
  index: number;
  item: WorkItem;
}

/** What one counter found: its tallies, every document's content hash (to find copies) and warnings. */
export interface CountPart {
  counts: PackedCounts;
  /**
   * Every readable document's text hash ("" when copies are kept). `counted`: in the tallies (a
   * later copy of a text this counter already counted is not). `ungrouped`: the document has no
   * value for the grouping field and counts in "(none)" (a warning, unless it is a duplicate).
   */
  hashes: { index: number; part: number; file: string; hash: string; counted: boolean; group: string | null; ungrouped: boolean }[];
  warnings: CorpusWarning[];
  tokens: number;
  /** Every metadata field the counter's documents have: what an unknown grouping field is told from. */
  fields: string[];
}

/**
 * Counts documents one by one, keeping only the tallies: each document's text and tokens are
 * dropped before the next is read, so memory grows with the vocabulary, not with the corpus. A
 * counter is given its documents in corpus order, in one batch or several (a worker's share of the
 * work list comes in chunks).
 */
export class SliceCounter {
  /** The document being read: where an error thrown by `add` comes from. */
  current = -1;
  private readonly tally: TermTally | null;
  private readonly tokenize: DocumentTokenizer | null;
  private readonly groups = new Map<string, GroupCounts>();
  private readonly docFreq = new Map<string, number>();
  private readonly hashes: CountPart["hashes"] = [];
  private readonly warnings: CorpusWarning[] = [];
  private readonly seen = new Set<string>();
  /** Every document has a language (stated or detected), whatever its fields. */
  private readonly fields = new Set<string>(["language"]);
  private tokens = 0;
  private readonly read: ReadOptions;

  constructor(private readonly config: CountConfig) {
    this.read = readOptions(config.root, config.read, null);
    // Unigrams are tallied by term id straight from the scanner; n-grams go through Token objects.
    this.tally = config.ngram === 1 ? new TermTally(config.tokenOptions, FOLDER_TERMS) : null;
    this.tokenize = this.tally ? null : documentTokenizer(config.tokenOptions, FOLDER_TERMS);
  }

  /** Reads and counts `items`; `onFile` hears each document's word tokens. Returns the batch's tokens. */
  add(items: readonly IndexedItem[], onFile: (tokens: number) => void = () => {}): number {
    let batch = 0;
    for (const { index, item } of items) {
      this.current = index;
      const n = this.count(index, item);
      batch += n;
      onFile(n);
    }
    this.tokens += batch;
    return batch;
  }

  /** The tallies so far, packed to cross threads. */
  part(): CountPart {
    const counts = this.tally ? this.tally.pack() : packCounts([...this.groups.values()], this.docFreq);
    return { counts, hashes: this.hashes, warnings: this.warnings, tokens: this.tokens, fields: [...this.fields] };
  }

  /** Reads a file and counts its documents (a table's rows, a split text's parts): their word tokens. */
  private count(index: number, item: WorkItem): number {
    const { config } = this;
    const read = readDocuments(config.root, item.file, checkEntry(config.root, item), this.read);
    let n = 0;
    let part = 0;
    for (const doc of read.documents) n += this.countDocument(index, part++, doc);
    this.warnings.push(...read.warnings);
    return n;
  }

  private countDocument(index: number, part: number, doc: Document): number {
    const { config } = this;
    // Copies are looked for only when they are counted once: hashing every text is not free.
    const once = config.duplicates === "once";
    const file = documentPlace(doc);
    const entry: CountPart["hashes"][number] = { index, part, file, hash: once ? doc.contentHash : "", counted: false, group: null, ungrouped: false };
    this.hashes.push(entry);
    // A copy of a text this counter already counted is never counted: only copies across counters
    // are left for the merge to take out.
    if (once) {
      if (this.seen.has(entry.hash)) return 0;
      this.seen.add(entry.hash);
    }
    for (const k in doc.meta) this.fields.add(k);
    // Its own copy: a name read from the text (an inferred author) would keep the text alive.
    entry.group = ownString(groupOf(doc, config.by));
    entry.ungrouped = config.by !== "language" && (doc.meta[config.by] === undefined || doc.meta[config.by] === null);
    let n: number;
    if (this.tally) n = this.tally.addText(entry.group, doc.text);
    else {
      let g = this.groups.get(entry.group);
      if (!g) this.groups.set(entry.group, (g = emptyGroup(entry.group)));
      const dt = this.tokenize!(doc, index);
      addDocument(g, this.docFreq, dt.tokens, config.ngram);
      n = dt.tokens.length;
    }
    entry.counted = true;
    return n;
  }
}
