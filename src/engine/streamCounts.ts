import { availableParallelism } from "node:os";
import { NO_GROUP, sortGroups } from "../corpus/corpus";
import type { CorpusWarning } from "../corpus/corpus";
import { type ReadOptions, type ReadSettings, type WorkItem, checkEntry, corpusRoot, displayPath, listFiles, readDocuments, readManifestOutline, readOptions, workList } from "../corpus/load";
import { READ_EXTENSIONS } from "../corpus/sourceFile";
import { DiscourseError } from "../errors";
import { type DocumentTokenizer, type TokenOptions, documentTokenizer, resolveTokenOptions } from "../text/tokens";
import { CountPool, stopSpareWorkers } from "./countPool";
import { type CorpusCounts, type GroupCounts, addDocument, emptyGroup } from "../analysis/counts";
import { type PackedCounts, mergePacked, subtractCounts, unpackCounts } from "./packedCounts";
import { type CountConfig, type CountPart, SliceCounter } from "./sliceCounter";

/**
 * A thread is worth starting for this many files: below it, starting a worker and warming its
 * compiled code cost more than the files take (docs/performance.md).
 */
const FILES_PER_THREAD = 1000;

export interface StreamOptions {
  by?: string;
  ngram?: number;
  tokens?: TokenOptions;
  /** Cleaning rules, a stated encoding, a file-name pattern (over the manifest's). */
  read?: ReadSettings;
  /**
   * Threads that count, this one included; 0 or 1: this thread only. Default: one per core, and
   * one per 1,000 files for smaller folders.
   */
  workers?: number;
  duplicates?: "once" | "keep";
  /** Hears about files read so far (all threads together, a chunk at a time) and tokens counted. */
  progress?: (files: number, total: number, tokens: number) => void;
}

export interface StreamResult {
  /** The tallies packed, groups in order (`packedFrequencyRows` takes them as they are). */
  packed: PackedCounts;
  /** Documents counted (copies taken out). */
  documents: number;
  /** The tallies as maps, made on first use. */
  readonly counts: CorpusCounts;
  warnings: CorpusWarning[];
  files: number;
  tokens: number;
  /** Threads that counted, this one included. */
  threads: number;
}

/**
 * Term counts of a whole folder without loading it: the work list is handed out in chunks to the
 * counting threads (this one and a worker per other core); each reads, cleans, tokenizes and
 * counts its files and keeps only tallies, which are merged. The result equals
 * `countTerms(tokens(loadCorpus(dir)))`: the same documents (a thread skips a later copy of a text
 * it counted itself; a copy whose original another thread counted is taken out at the merge), the
 * same counting rule (`TermTally` for unigrams, `addDocument` for n-grams), groups in the same
 * order. The order of terms within a group's maps is not fixed (it follows which thread saw a term
 * first): sort them, as `frequencyRows` does.
 */
export async function streamCounts(dir: string, options: StreamOptions = {}): Promise<StreamResult> {
  const root = corpusRoot(dir);
  const files = listFiles(root);
  const by = options.by ?? "year";
  const ngram = options.ngram ?? 1;
  const duplicates = options.duplicates ?? "once";
  const manifest = readManifestOutline(root);
  // The command's read settings over the manifest's, checked here so that a bad one is one line.
  const given = options.read ?? {};
  readOptions(root, given, manifest);
  const read = { ...given, encoding: given.encoding ?? manifest?.encoding, namePattern: given.namePattern ?? manifest?.namePattern };
  const config: CountConfig = { root, by, ngram, tokenOptions: resolveTokenOptions(options.tokens), read, duplicates };
  // This thread counts too, beside a worker per other core. The workers start loading while the
  // work list is made and checked; small folders are counted on this thread alone.
  const threads = options.workers ?? Math.min(Math.max(1, availableParallelism()), Math.ceil(files.length / FILES_PER_THREAD));
  const pool = threads > 1 ? new CountPool(threads - 1, config) : null;
  stopSpareWorkers();
  const warnings: CorpusWarning[] = [];
  let work: WorkItem[];
  try {
    work = workList(root, manifest, warnings, { files, unchecked: true });
  } catch (err) {
    pool?.stop();
    throw err;
  }
  const parts = await countParts(work, config, pool, options.progress);
  for (const part of parts) for (const w of part.warnings) warnings.push(w);
  const merged = mergePacked(parts.map((p) => p.counts));
  const { documents, tokens } = takeOutCopies(merged, parts, work, config, warnings);
  if (documents === 0) {
    throw new DiscourseError(`no documents: the folder holds no readable ${READ_EXTENSIONS} file`, { file: displayPath(root) });
  }
  // Warnings in corpus order, as loadCorpus gives them.
  const order = new Map(work.map((w, i) => [w.file, i]));
  warnings.sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1));
  const byName = new Map(merged.groups.map((g) => [g.group, g]));
  const packed: PackedCounts = { ...merged, groups: sortGroups(byName.keys()).map((k) => byName.get(k)!) };
  let counts: CorpusCounts | undefined;
  return {
    packed,
    documents,
    // As maps only when asked for: the frequency table is made from the packed tallies.
    get counts() {
      if (!counts) {
        const { groups, docFreq } = unpackCounts(packed);
        counts = { by, ngram, groups, documents, docFreq };
      }
      return counts;
    },
    warnings,
    files: work.length,
    threads: Math.max(1, threads),
    tokens,
  };
}

/** Every file counted, by the pool's threads or by this one alone, as parts to merge. */
async function countParts(work: WorkItem[], config: CountConfig, pool: CountPool | null, progress: StreamOptions["progress"]): Promise<CountPart[]> {
  const indexed = work.map((item, index) => ({ index, item }));
  let filesDone = 0;
  let tokensDone = 0;
  const tick = (chunkFiles: number, tokens: number) => {
    filesDone += chunkFiles;
    tokensDone += tokens;
    progress?.(filesDone, work.length, tokensDone);
  };
  const local = new SliceCounter(config);
  if (pool) return pool.run(indexed, tick, local);
  local.add(indexed, (tokens) => tick(1, tokens));
  return [local.part()];
}

/** The k-th of a file's documents (a table's are made one by one up to it). */
function nth<T>(items: Iterable<T>, k: number): T {
  let i = 0;
  for (const item of items) if (i++ === k) return item;
  throw new Error(`no document ${k} in the file`);
}

/**
 * Takes every later copy of a text out of the merged tallies (corpus order decides which one is
 * first; with duplicates "keep" none is), warning of each; returns the documents and tokens left.
 */
function takeOutCopies(merged: PackedCounts, parts: CountPart[], work: WorkItem[], config: CountConfig, warnings: CorpusWarning[]): { documents: number; tokens: number } {
  const hashes = parts.flatMap((p) => p.hashes).sort((a, b) => a.index - b.index || a.part - b.part);
  const first = new Map<string, string>();
  // Copies another thread than their original's counted: tallied again here, to be taken off.
  const copies = new Map<string, GroupCounts>();
  const copiesDocFreq = new Map<string, number>();
  let tokenize: DocumentTokenizer | undefined;
  let read: ReadOptions | undefined;
  let documents = 0;
  const ungrouped: CorpusWarning[] = [];
  let tokens = parts.reduce((s, p) => s + p.tokens, 0);
  for (const h of hashes) {
    const original = first.get(h.hash);
    if (original === undefined || config.duplicates === "keep") {
      if (h.ungrouped) ungrouped.push({ file: h.file, kind: "group", message: `no "${config.by}" value; grouped as ${NO_GROUP}` });
      first.set(h.hash, h.file);
      documents++;
      continue;
    }
    warnings.push({ file: h.file, kind: "duplicate", message: `duplicate of ${original} (same text); counted once` });
    if (!h.counted || h.group === null) continue;
    const item = work[h.index];
    read ??= readOptions(config.root, config.read, null);
    const doc = nth(readDocuments(config.root, item.file, checkEntry(config.root, item), read).documents, h.part);
    // One tokenizer for all of them: building its vocabulary (stop words, phrases) per copy is waste.
    tokenize ??= documentTokenizer(config.tokenOptions);
    const dt = tokenize(doc, h.index);
    let g = copies.get(h.group);
    if (!g) copies.set(h.group, (g = emptyGroup(h.group)));
    addDocument(g, copiesDocFreq, dt.tokens, config.ngram);
    tokens -= dt.tokens.length;
  }
  if (copies.size) subtractCounts(merged, [...copies.values()], copiesDocFreq);
  groupingCheck(config.by, ungrouped, documents, parts, warnings);
  return { documents, tokens };
}

/**
 * As `groupingWarnings` for a loaded corpus: each counted document without a value for the
 * grouping field is named (it counts in "(none)"), and a field no document has is an error.
 */
function groupingCheck(by: string, ungrouped: CorpusWarning[], documents: number, parts: CountPart[], warnings: CorpusWarning[]): void {
  const fields = new Set(parts.flatMap((p) => p.fields));
  if (documents > 0 && !fields.has(by)) {
    const known = [...fields].filter((k) => k !== "id" && k !== "file").sort();
    throw new DiscourseError(`no document has a field "${by}"; group by one of: ${known.join(", ")}`, { field: "options.by" });
  }
  // A missing date is warned about with the metadata, and groups as (none) by year already.
  if (by !== "year") warnings.push(...ungrouped);
}
