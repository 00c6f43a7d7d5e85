import { Worker } from "node:worker_threads";
import { DiscourseError } from "../errors";
import { packedBuffers } from "./packedCounts";
import type { CountConfig, CountPart, IndexedItem, SliceCounter } from "./sliceCounter";

/** What a count worker is sent: how to count (first), documents to count, or word that none are left. */
export type ToCountWorker = { config: CountConfig } | { items: IndexedItem[] } | { finish: true };

/** What it sends back: a chunk counted, its tallies at the end, or the first document it failed on. */
export type FromCountWorker =
  | { done: number; tokens: number }
  | { part: CountPart }
  | { failed: { index: number; message: string; file?: string; field?: string; user: boolean } };

type Failure = Extract<FromCountWorker, { failed: unknown }>["failed"];

/** What a counter reports of the error it met at document `index`: `user` for a DiscourseError. */
export function failureOf(err: unknown, index: number): Failure {
  if (err instanceof DiscourseError) return { index, message: err.detail, file: err.file, field: err.field, user: true };
  return { index, message: (err as Error).message, user: false };
}

/** Files this thread counts between looks at the workers' messages: a few milliseconds' work. */
const LOCAL_STEP = 8;

/** Posts a worker's tallies, moving their typed arrays instead of copying them. */
export function postPart(port: { postMessage(m: FromCountWorker, transfer: ArrayBuffer[]): void }, part: CountPart): void {
  port.postMessage({ part }, packedBuffers(part.counts));
}

/** Workers started ahead of any pool (`prestartCountWorkers`), idle until a pool takes them. */
const spares: Worker[] = [];
const ignore = () => {};

/**
 * Starts `size` count workers now, before a pool needs them: a worker takes about 0.1 s to boot
 * and load its modules, which then overlaps the command's own loading and the listing of the
 * folder. They do not keep the process alive; `stopSpareWorkers` ends those no pool took. Returns
 * the workers started.
 */
export function prestartCountWorkers(size: number): Worker[] {
  const started: Worker[] = [];
  for (let k = 0; k < size; k++) {
    const w = startWorker();
    w.unref();
    // A spare that fails to start is dropped: the pool starts a new worker instead.
    w.on("error", ignore);
    w.once("exit", () => spares.includes(w) && spares.splice(spares.indexOf(w), 1));
    spares.push(w);
    started.push(w);
  }
  return started;
}

/** Ends the spare workers no pool took (a small folder is counted on one thread). */
export function stopSpareWorkers(): void {
  for (const w of spares.splice(0)) void w.terminate();
}

/** A spare worker if one is left, else a new one; either way told how to count. */
function takeWorker(config: CountConfig): Worker {
  const spare = spares.shift();
  if (spare) {
    spare.off("error", ignore);
    spare.ref();
  }
  const w = spare ?? startWorker();
  w.postMessage({ config } satisfies ToCountWorker);
  return w;
}

/**
 * Worker threads that count a work list. They are started before the list is known (or taken
 * from the spares), so that loading them (modules, stop words, phrases) overlaps reading the
 * manifest. The list is handed out
 * in chunks, in corpus order, two at a time per worker (one to count, one waiting), so a worker
 * that finishes early takes more and all finish together.
 */
export class CountPool {
  private readonly workers: Worker[];

  constructor(size: number, config: CountConfig) {
    this.workers = Array.from({ length: size }, () => takeWorker(config));
  }

  /** Stops every worker at once (the work failed, or was never given). */
  stop(): void {
    for (const w of this.workers) void w.terminate();
  }

  /**
   * Counts `items` on the workers and, with `local`, on this thread too: it takes a few files at a
   * time from the same list and lets the workers' messages through in between, so it counts while
   * they start and never keeps them waiting for work. `onChunk` hears each finished chunk's files
   * and word tokens. Resolves with the parts: `local`'s first, then each worker's. When documents
   * fail (a malformed file), the one first in corpus order is the error, whichever counter met it
   * first: chunks already given are finished, no more are given.
   */
  run(items: readonly IndexedItem[], onChunk: (files: number, tokens: number) => void, local?: SliceCounter): Promise<CountPart[]> {
    return new Promise((resolve, reject) => new PoolRun(this.workers, items, onChunk, local, resolve, reject).start());
  }
}

/** One `CountPool.run`: who holds which chunk, what came back, and when it is over. */
class PoolRun {
  private next = 0;
  private readonly counters: number;
  private readonly parts: CountPart[] = [];
  private localPart: CountPart | undefined;
  private readonly finishing = new Set<Worker>();
  private readonly failures: Failure[] = [];
  private outstanding = 0;
  private received = 0;
  private localDone: boolean;
  private settled = false;

  constructor(
    private readonly workers: Worker[],
    private readonly items: readonly IndexedItem[],
    private readonly onChunk: (files: number, tokens: number) => void,
    private readonly local: SliceCounter | undefined,
    private readonly resolve: (parts: CountPart[]) => void,
    private readonly reject: (err: Error) => void,
  ) {
    this.counters = workers.length + (local ? 1 : 0);
    this.localDone = !local;
  }

  start(): void {
    this.workers.forEach((w, i) => {
      w.on("message", (m: FromCountWorker) => this.heard(w, i, m));
      w.on("error", (err) => this.settle(err));
      w.on("exit", (code) => {
        if (this.parts[i] === undefined) this.settle(new Error(`count worker stopped with code ${code}`));
      });
      this.give(w);
      this.give(w);
    });
    if (this.local) void this.countHere(this.local);
  }

  /**
   * Guided: chunks shrink with the files left, so that the last ones given out are small and no
   * counter is left with a large chunk when the others have finished.
   */
  private chunk(): number {
    return Math.max(16, Math.min(256, Math.ceil((this.items.length - this.next) / (this.counters * 8))));
  }

  private settle(err?: Error): void {
    if (this.settled) return;
    this.settled = true;
    for (const w of this.workers) void w.terminate();
    if (err) this.reject(err);
    else this.resolve(this.localPart ? [this.localPart, ...this.parts] : this.parts);
  }

  /**
   * Done when every counter is: with failures (a user's error each: any other stops the run at
   * once), the first in corpus order is the error.
   */
  private check(): void {
    if (this.failures.length) {
      if (this.outstanding === 0 && this.localDone) {
        const first = this.failures.reduce((a, b) => (b.index < a.index ? b : a));
        this.settle(new DiscourseError(first.message, first));
      }
    } else if (this.received === this.workers.length && this.localDone) this.settle();
  }

  /** Told once, when no chunk is left for it: it packs its tallies after the chunk it holds. */
  private finish(w: Worker): void {
    if (this.failures.length || this.finishing.has(w)) return;
    this.finishing.add(w);
    w.postMessage({ finish: true } satisfies ToCountWorker);
  }

  private give(w: Worker): void {
    if (!this.failures.length && this.next < this.items.length) {
      w.postMessage({ items: this.items.slice(this.next, (this.next += this.chunk())) } satisfies ToCountWorker);
      this.outstanding++;
    } else this.finish(w);
    this.check();
  }

  private heard(w: Worker, i: number, m: FromCountWorker): void {
    if ("done" in m) {
      this.outstanding--;
      this.onChunk(m.done, m.tokens);
      this.give(w);
    } else if ("failed" in m) {
      this.outstanding--;
      if (!m.failed.user) return this.settle(new Error(m.failed.message));
      this.failures.push(m.failed);
      this.give(w);
    } else {
      this.parts[i] = m.part;
      this.received++;
      // A worker told to finish may still have failed on its last chunk.
      this.check();
    }
  }

  /** This thread's share: LOCAL_STEP files at a time, yielding to the workers' messages between. */
  private async countHere(counter: SliceCounter): Promise<void> {
    while (!this.settled && !this.failures.length && this.next < this.items.length) {
      const step = this.items.slice(this.next, (this.next += LOCAL_STEP));
      try {
        this.onChunk(step.length, counter.add(step));
      } catch (err) {
        const failure = failureOf(err, counter.current);
        if (!failure.user) return this.settle(err as Error);
        this.failures.push(failure);
        break;
      }
      await new Promise((go) => setImmediate(go));
    }
    // The list is used up: the workers are told so now, not when their last chunk comes back,
    // which this thread would only hear after packing, and they pack while this thread does.
    if (this.next >= this.items.length) this.workers.forEach((w) => this.finish(w));
    if (!this.failures.length) this.localPart = counter.part();
    this.localDone = true;
    this.check();
  }
}

/** A count worker (through tsx when the kit runs from its TypeScript sources, as in tests). */
function startWorker(): Worker {
  const ts = __filename.endsWith(".ts");
  const file = require.resolve(ts ? "./countWorker.ts" : "./countWorker.js");
  return ts ? new Worker(`require("tsx/cjs"); require(${JSON.stringify(file)});`, { eval: true }) : new Worker(file);
}
