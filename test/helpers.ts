import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export const ROOT = join(__dirname, "..");
export const SEEDS = join(ROOT, "seeds");
export const MINI = join(__dirname, "fixtures", "mini");
export const CLI = join(ROOT, "dist", "cli", "main.js");

/** A fresh temporary folder. */
export function tempDir(prefix = "dk-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Bytes of heap in use after a full collection: for tests that nothing is held that should not be. */
export function heapAfterGc(): number {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
  return process.memoryUsage().heapUsed;
}

/** A writable copy of a fixture corpus, so a test can break it without touching the original. */
export function copyCorpus(src: string): string {
  const dir = tempDir();
  cpSync(src, dir, { recursive: true });
  return dir;
}

/** sha256 of every file in a folder: proves a run left its inputs untouched. */
export function folderHash(dir: string): string {
  const h = createHash("sha256");
  for (const f of readdirSync(dir).sort()) h.update(f + "\0" + readFileSync(join(dir, f)));
  return h.digest("hex");
}

/** A corpus built in memory from texts (already clean), grouped by year: for analysis tests. */
export function textCorpus(docs: { id: string; year: number; text: string }[]): import("../src/corpus/corpus").Corpus {
  return {
    name: "test",
    dir: "(memory)",
    hash: "test",
    warnings: [],
    documents: docs.map((d) => ({
      id: d.id, file: `${d.id}.txt`, title: d.id, author: "test", date: `${d.year}-01-01`, year: d.year,
      meta: { year: d.year }, metaSource: {}, format: "txt" as const, encoding: "utf-8" as const,
      raw: d.text, text: d.text, removed: [], contentHash: d.id,
    })),
  };
}
