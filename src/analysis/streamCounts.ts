import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { groupOf, sortGroups } from "../corpus/corpus";
import type { CorpusWarning } from "../corpus/corpus";
import type { CleanRules } from "../corpus/cleanRules";
import { corpusRoot, displayPath, readDocument, readManifest, workList, type WorkItem } from "../corpus/load";
import { DiscourseError } from "../errors";
import { TokenScanner } from "../text/scanTokens";
import { type ResolvedTokenOptions, type TokenOptions, resolveTokenOptions, tokenizeDocument } from "../text/tokens";
import { type CorpusCounts, type GroupCounts, addDocument, emptyGroup, mergeCounts, mergeGroup, pruneZeros } from "./counts";
import { TermTally } from "./termTally";

export interface StreamOptions {
  by?: string;
  ngram?: number;
  tokens?: TokenOptions;
  clean?: CleanRules;
  /** Worker threads. Default: one per core, fewer for small folders; 0 counts on this thread. */
  workers?: number;
  duplicates?: "once" | "keep";
  /** Hears about files read so far (all workers together) and tokens counted. */
  progress?: (files: number, total: number, tokens: number) => void;
}

export interface StreamResult {
  counts: CorpusCounts;
  warnings: CorpusWarning[];
  files: number;
  tokens: number;
}

/** What a worker is given: a slice of the work list and how to count. */
export interface CountJob {
  root: string;
  items: { index: number; item: WorkItem }[];
  by: string;
  ngram: number;
  tokenOptions: ResolvedTokenOptions;
  clean?: CleanRules;
  duplicates: "once" | "keep";
}

/** What a worker sends back: its tallies, per-file content hashes (to find duplicates) and warnings. */
export interface CountPart {
  groups: GroupCounts[];
  docFreq: Map<string, number>;
  /**
   * Every readable document's text hash. `counted`: in the tallies (a later copy of a text already
   * in this slice is not). `group` null: the document lacks the grouping field (an error, unless it
   * turns out to be a duplicate).
   */
  hashes: { index: number; file: string; hash: string; counted: boolean; group: string | null; error?: { message: string; field?: string } }[];
  warnings: CorpusWarning[];
  tokens: number;
}

/**
 * Counts one slice of a folder, document by document, keeping only the tallies: the text and tokens
 * of each document are dropped before the next is read, so memory grows with the vocabulary, not
 * with the corpus. Runs in a worker thread or, for small jobs, on the caller's.
 */
export function countSlice(job: CountJob, onFile: (tokens: number) => void = () => {}): CountPart {
  // Unigrams are tallied by term id straight from the scanner; n-grams go through Token objects.
  const tally = job.ngram === 1 ? new TermTally(job.tokenOptions) : null;
  const scanner = tally?.scanner ?? new TokenScanner(job.tokenOptions);
  const groups = new Map<string, GroupCounts>();
  const docFreq = new Map<string, number>();
  const hashes: CountPart["hashes"] = [];
  const warnings: CorpusWarning[] = [];
  let tokens = 0;
  const seen = new Set<string>();
  for (const { index, item } of job.items) {
    const read = readDocument(job.root, item.file, item.entry, job.clean);
    warnings.push(...read.warnings);
    const doc = read.document;
    if (!doc) {
      onFile(0);
      continue;
    }
    const entry = { index, file: item.file, hash: doc.contentHash, counted: false, group: null as string | null };
    hashes.push(entry);
    // A copy of a text this slice already counted is never counted: only copies across slices
    // are left for the merge to take out.
    if (job.duplicates === "once" && seen.has(doc.contentHash)) {
      onFile(0);
      continue;
    }
    seen.add(doc.contentHash);
    try {
      entry.group = groupOf(doc, job.by);
    } catch (err) {
      // Known only after the merge: a duplicate is left out anyway, so its missing field is no error.
      const e = err as DiscourseError;
      Object.assign(entry, { error: { message: e.detail ?? e.message, field: e.field } });
      onFile(0);
      continue;
    }
    let n: number;
    if (tally) n = tally.addText(entry.group, doc.text);
    else {
      let g = groups.get(entry.group);
      if (!g) groups.set(entry.group, (g = emptyGroup(entry.group)));
      const dt = tokenizeDocument(doc, index, job.tokenOptions, scanner);
      addDocument(g, docFreq, dt.tokens, job.ngram);
      n = dt.tokens.length;
    }
    entry.counted = true;
    tokens += n;
    onFile(n);
  }
  return { ...(tally ? tally.result() : { groups: [...groups.values()], docFreq }), hashes, warnings, tokens };
}

/**
 * Term counts of a whole folder without loading it: the work list is split among worker threads
 * (one per core), each reads, cleans, tokenizes and counts its files and returns only tallies,
 * which are merged. The result equals `countTerms(tokens(loadCorpus(dir)))`: the same documents
 * (a later copy of a text is skipped within a worker's slice, and taken out at the merge when its
 * original was counted by an earlier slice), the same counting rule (`TermTally` for unigrams,
 * `addDocument` for n-grams), groups in the same order.
 */
export async function streamCounts(dir: string, options: StreamOptions = {}): Promise<StreamResult> {
  const root = corpusRoot(dir);
  const manifest = readManifest(root);
  const warnings: CorpusWarning[] = [];
  const work = workList(root, manifest, warnings);
  const by = options.by ?? "year";
  const ngram = options.ngram ?? 1;
  const tokenOptions = resolveTokenOptions(options.tokens);
  const indexed = work.map((item, index) => ({ index, item }));
  const cores = Math.max(1, availableParallelism());
  const workers = Math.min(options.workers ?? cores, Math.ceil(work.length / 200));

  let filesDone = 0;
  let tokensDone = 0;
  const tick = (tokens: number) => {
    filesDone++;
    tokensDone += tokens;
    options.progress?.(filesDone, work.length, tokensDone);
  };
  const duplicates = options.duplicates ?? "once";
  const job = (items: CountJob["items"]): CountJob => ({ root, items, by, ngram, tokenOptions, clean: options.clean, duplicates });
  let parts: CountPart[];
  if (workers <= 1) {
    parts = [countSlice(job(indexed), tick)];
  } else {
    const size = Math.ceil(indexed.length / workers);
    const slices = Array.from({ length: workers }, (_, w) => indexed.slice(w * size, (w + 1) * size)).filter((s) => s.length);
    parts = await Promise.all(slices.map((items) => runWorker(job(items), tick)));
  }

  // Merge, then take out every later copy of a text (corpus order decides which one is first).
  // A group's first tally (and the first document frequencies) is taken as it came, not copied.
  const groups = new Map<string, GroupCounts>();
  const docFreq = parts[0].docFreq;
  parts.forEach((part, i) => {
    warnings.push(...part.warnings);
    for (const g of part.groups) {
      const into = groups.get(g.group);
      if (into) mergeGroup(into, g);
      else groups.set(g.group, g);
    }
    if (i > 0) mergeCounts(docFreq, part.docFreq);
  });
  const hashes = parts.flatMap((p) => p.hashes).sort((a, b) => a.index - b.index);
  const first = new Map<string, string>();
  let scanner: TokenScanner | undefined;
  let documents = 0;
  let tokens = parts.reduce((s, p) => s + p.tokens, 0);
  for (const h of hashes) {
    const original = first.get(h.hash);
    if (original === undefined || duplicates === "keep") {
      if (h.error) throw new DiscourseError(h.error.message, { file: h.file, field: h.error.field });
      first.set(h.hash, h.file);
      documents++;
      continue;
    }
    warnings.push({ file: h.file, kind: "duplicate", message: `duplicate of ${original} (same text); counted once` });
    // Counted by a later slice than its original's: read it again to take it out.
    if (!h.counted || h.group === null) continue;
    const item = work[h.index];
    const doc = readDocument(root, item.file, item.entry, options.clean).document!;
    // One scanner for all of them: building its vocabulary (stop words, phrases) per copy is waste.
    scanner ??= new TokenScanner(tokenOptions);
    const dt = tokenizeDocument(doc, h.index, tokenOptions, scanner);
    addDocument(groups.get(h.group)!, docFreq, dt.tokens, ngram, -1);
    tokens -= dt.tokens.length;
  }
  for (const g of groups.values()) {
    pruneZeros(g.counts);
    pruneZeros(g.docFreq);
  }
  pruneZeros(docFreq);
  if (documents === 0) {
    throw new DiscourseError("no documents: the folder holds no readable .txt, .md or .html file", { file: displayPath(root) });
  }
  // Warnings in corpus order, as loadCorpus gives them.
  const order = new Map(work.map((w, i) => [w.file, i]));
  warnings.sort((a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1));
  return {
    counts: { by, ngram, groups: sortGroups(groups.keys()).map((k) => groups.get(k)!), documents, docFreq },
    warnings,
    files: work.length,
    tokens,
  };
}

/** Runs `countSlice` in a worker thread (through tsx when the kit runs from its sources). */
function runWorker(job: CountJob, tick: (tokens: number) => void): Promise<CountPart> {
  // From the TypeScript sources (tests), the worker registers tsx's require hook first.
  const ts = __filename.endsWith(".ts");
  const file = require.resolve(ts ? "./countWorker.ts" : "./countWorker.js");
  const worker = ts
    ? new Worker(`require("tsx/cjs"); require(${JSON.stringify(file)});`, { eval: true, workerData: job })
    : new Worker(file, { workerData: job });
  return new Promise((resolvePart, reject) => {
    worker.on("message", (m: { tick?: number; part?: CountPart; error?: { message: string; file?: string; field?: string } }) => {
      if (m.tick !== undefined) tick(m.tick);
      else if (m.part) resolvePart(m.part);
      else if (m.error) reject(m.error.file || m.error.field ? new DiscourseError(m.error.message, m.error) : new Error(m.error.message));
    });
    worker.on("error", reject);
    worker.on("exit", (code) => {
      if (code !== 0) reject(new Error(`count worker stopped with code ${code}`));
    });
  });
}

