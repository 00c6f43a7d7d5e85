/**
 * The runs behind the bench's table of targets: the kit's commands as a researcher runs them, each
 * timed start to exit with its peak memory (`measured.ts`), and each notebook executed headless
 * with `jupyter nbconvert`, kernel start included.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface CommandRun {
  seconds: number;
  rssMB: number;
}

/** `discourse ARGS` start to exit, stdout thrown away; or why it did not finish. */
export function timedCommand(args: readonly string[], timeout: number, env: NodeJS.ProcessEnv): CommandRun | string {
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(__dirname, "measured.js"), ...args], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8", timeout: timeout * 1000, env, maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (r.error || r.signal) return `not finished in ${timeout} s`;
  const lines = r.stderr.trim().split("\n");
  const rss = /^bench-peak-rss (\d+)$/.exec(lines.at(-1) ?? "");
  if (r.status !== 0 || !rss) return `failed: ${lines.filter((l) => !l.startsWith("bench-peak-rss")).pop() ?? `exit ${r.status}`}`;
  return { seconds, rssMB: Number(rss[1]) };
}

/** The notebooks shipped in notebooks/, in order. */
export function notebookFiles(): string[] {
  return readdirSync(join(__dirname, "..", "notebooks")).filter((f) => f.endsWith(".ipynb")).sort();
}

/**
 * A notebook executed headless on the corpus `dir` (its parameters read from DISCOURSE_* variables),
 * start to exit of `jupyter nbconvert --execute`; or why it did not run.
 */
export function timedNotebook(file: string, corpus: { dir: string; by: string; a: string; b: string }, timeout: number): number | string {
  const out = mkdtempSync(join(tmpdir(), "dk-bench-nb-"));
  try {
    const env = {
      ...process.env,
      DISCOURSE_CORPUS: corpus.dir,
      DISCOURSE_BY: corpus.by,
      DISCOURSE_A: corpus.a,
      DISCOURSE_B: corpus.b,
      DISCOURSE_FIGURES: join(out, "figures"),
      DOTENV_CONFIG_QUIET: "true",
      PATH: `${join(__dirname, "..", "node_modules", ".bin")}:${process.env.PATH}`,
    };
    const started = performance.now();
    const args = ["nbconvert", "--to", "notebook", "--execute", `--ExecutePreprocessor.timeout=${timeout}`, "--output-dir", out, join(__dirname, "..", "notebooks", file)];
    // nbconvert's own cell timeout comes first: it stops the kernel it started, which a kill from
    // here would leave running (and busy) after nbconvert is gone.
    const r = spawnSync("jupyter", args, { encoding: "utf8", env, timeout: (timeout + 60) * 1000 });
    const seconds = (performance.now() - started) / 1000;
    if (r.error) return (r.error as NodeJS.ErrnoException).code === "ENOENT" ? "not run: jupyter not installed" : `not finished in ${timeout} s`;
    if (r.status !== 0) {
      const why = r.stderr.trim().split("\n").filter((l) => /Error/.test(l)).pop() ?? `exit ${r.status}`;
      return /CellTimeoutError|timed out/i.test(why) ? `not finished in ${timeout} s` : `failed: ${why}`;
    }
    return seconds;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** One row of the table of targets: what was measured, on which layout and scale, against what goal. */
export interface TargetRow {
  target: string;
  layout: string;
  scale: string;
  measured: string;
  goal: string;
  verdict: string;
}

/** The scale each target is set at (Brown × N); measured at another scale, a row is shown, not judged. */
export const TARGET_SCALES = { ratio: 10, analysis: 10, report: 10, notebook: 1, large: 100 } as const;

const rate = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : `${(n / 1e3).toFixed(0)}k`);

/** "ok", "FAIL", or why the row is not judged. */
export function verdict(met: boolean, scale: number, setAt: number): string {
  if (scale !== setAt) return `not judged: set at Brown × ${setAt}`;
  return met ? "ok" : "FAIL";
}

/** keyness, frames and actors as commands on the folder, and the report with every section and SVG figures. */
export function analysisTargets(dir: string, scale: number, tokens: number, timeout: number, env: NodeJS.ProcessEnv, log: (m: string) => void): TargetRow[] {
  const corpus = ["--corpus", dir, "--by", "category", "--duplicates", "keep"];
  const pair = ["--a", "news", "--b", "editorial"];
  const rows: TargetRow[] = [];
  for (const command of ["keyness", "frames", "actors"]) {
    log(`× ${scale}: discourse ${command}, start to exit`);
    const r = timedCommand([command, ...corpus, ...(command === "keyness" ? pair : [])], timeout, env);
    const row = { target: `discourse ${command}`, layout: "txt", scale: `${scale}×`, goal: "≥ 2M tokens/s, < 1 GB" };
    if (typeof r === "string") rows.push({ ...row, measured: r, verdict: verdict(false, scale, TARGET_SCALES.analysis) });
    else {
      const met = tokens / r.seconds >= 2e6 && r.rssMB < 1024;
      rows.push({ ...row, measured: `${r.seconds.toFixed(2)} s, ${rate(tokens / r.seconds)} tokens/s, ${r.rssMB} MB`, verdict: verdict(met, scale, TARGET_SCALES.analysis) });
    }
  }
  const out = mkdtempSync(join(tmpdir(), "dk-bench-report-"));
  try {
    log(`× ${scale}: discourse report, start to exit`);
    const r = timedCommand(["report", ...corpus, ...pair, "--out", out, "--formats", "svg"], timeout, env);
    const row = { target: "discourse report (all sections, SVG figures)", layout: "txt", scale: `${scale}×`, goal: "< 60 s, < 2 GB" };
    if (typeof r === "string") rows.push({ ...row, measured: r, verdict: verdict(false, scale, TARGET_SCALES.report) });
    else rows.push({ ...row, measured: `${r.seconds.toFixed(1)} s, ${r.rssMB} MB`, verdict: verdict(r.seconds < 60 && r.rssMB < 2048, scale, TARGET_SCALES.report) });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  return rows;
}

/** Each notebook executed headless on the folder, A and B the news and editorial categories. */
export function notebookTargets(dir: string, scale: number, timeout: number, log: (m: string) => void): TargetRow[] {
  return notebookFiles().map((file) => {
    log(`× ${scale}: notebook ${file}`);
    const r = timedNotebook(file, { dir, by: "category", a: "news", b: "editorial" }, timeout);
    const row = { target: `notebook ${file}`, layout: "txt", scale: `${scale}×`, goal: "< 15 s" };
    if (typeof r === "string") return { ...row, measured: r, verdict: r.startsWith("not run") ? "not judged: jupyter not installed" : verdict(false, scale, TARGET_SCALES.notebook) };
    return { ...row, measured: `${r.toFixed(1)} s`, verdict: verdict(r < 15, scale, TARGET_SCALES.notebook) };
  });
}
