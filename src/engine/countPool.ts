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
    const counters = this.workers.length + (local ? 1 : 0);
    let next = 0;
    // Guided: chunks shrink with the files left, so that the last ones given out are small and no
    // counter is left with a large chunk when the others have finished.
    const chunk = () => Math.max(16, Math.min(256, Math.ceil((items.length - next) / (counters * 8))));
    const parts: CountPart[] = [];
    let localPart: CountPart | undefined;
    const finishing = new Set<Worker>();
    const failures: Failure[] = [];
    let outstanding = 0;
    let received = 0;
    let localDone = !local;

    return new Promise((resolve, reject) => {
      let settled = false;
      const settle = (err?: Error) => {
        if (settled) return;
        settled = true;
        this.stop();
        if (err) reject(err);
        else resolve(localPart ? [localPart, ...parts] : parts);
      };
      // Done when every counter is: with failures (a user's error each: any other stops the run at
      // once), the first in corpus order is the error.
      const check = () => {
        if (failures.length) {
          if (outstanding === 0 && localDone) {
            const first = failures.reduce((a, b) => (b.index < a.index ? b : a));
            settle(new DiscourseError(first.message, first));
          }
        } else if (received === this.workers.length && localDone) settle();
      };
      // Told once, when no chunk is left for it: it packs its tallies after the chunk it holds.
      const finish = (w: Worker) => {
        if (failures.length || finishing.has(w)) return;
        finishing.add(w);
        w.postMessage({ finish: true } satisfies ToCountWorker);
      };
      const give = (w: Worker) => {
        if (!failures.length && next < items.length) {
          w.postMessage({ items: items.slice(next, (next += chunk())) } satisfies ToCountWorker);
          outstanding++;
        } else finish(w);
        check();
      };
      this.workers.forEach((w, i) => {
        w.on("message", (m: FromCountWorker) => {
          if ("done" in m) {
            outstanding--;
            onChunk(m.done, m.tokens);
            give(w);
          } else if ("failed" in m) {
            outstanding--;
            if (!m.failed.user) return settle(new Error(m.failed.message));
            failures.push(m.failed);
            give(w);
          } else {
            parts[i] = m.part;
            received++;
            // A worker told to finish may still have failed on its last chunk.
            check();
          }
        });
        w.on("error", (err) => settle(err));
        w.on("exit", (code) => {
          if (parts[i] === undefined) settle(new Error(`count worker stopped with code ${code}`));
        });
        give(w);
        give(w);
      });
      // This thread's share: LOCAL_STEP files at a time, yielding to the workers' messages between.
      const countHere = async (counter: SliceCounter) => {
        while (!settled && !failures.length && next < items.length) {
          const step = items.slice(next, (next += LOCAL_STEP));
          try {
            onChunk(step.length, counter.add(step));
          } catch (err) {
            const failure = failureOf(err, counter.current);
            if (!failure.user) return settle(err as Error);
            failures.push(failure);
            break;
          }
          await new Promise((go) => setImmediate(go));
        }
        // The list is used up: the workers are told so now, not when their last chunk comes back,
        // which this thread would only hear after packing, and they pack while this thread does.
        if (next >= items.length) this.workers.forEach(finish);
        if (!failures.length) localPart = counter.part();
        localDone = true;
        check();
      };
      if (local) void countHere(local);
    });
  }
}

/** A count worker (through tsx when the kit runs from its TypeScript sources, as in tests). */
function startWorker(): Worker {
  const ts = __filename.endsWith(".ts");
  const file = require.resolve(ts ? "./countWorker.ts" : "./countWorker.js");
  return ts ? new Worker(`require("tsx/cjs"); require(${JSON.stringify(file)});`, { eval: true }) : new Worker(file);
}
