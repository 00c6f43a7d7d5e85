import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { DiscourseError } from "../errors";
import { writeFileAtomic } from "../io/atomicWrite";

/** The kit's own notebooks folder (next to dist/ in the installed package). */
const KIT_NOTEBOOKS = join(__dirname, "..", "..", "notebooks");

export interface NotebookParameters {
  corpus: string;
  by?: string;
  /** How files are read: a stated encoding, fields from file names. */
  encoding?: string;
  namePattern?: string;
  textField?: string;
  split?: string;
  a?: string;
  b?: string;
  /** An actor registry and a frame dictionary (JSON or YAML) that replace the defaults. */
  actors?: string;
  frames?: string;
}

export interface NotebookRun {
  notebook: string;
  /** The executed copy. */
  path: string;
  seconds: number;
  /** Figure files taken from the notebook's outputs (static SVG/PNG previews). */
  figures: string[];
  /** Each failed cell's error in one line ("Name: message", or the diagnostic tslab wrote); empty when every cell ran. */
  errors: string[];
}

interface Output {
  output_type: string;
  name?: string;
  text?: string | string[];
  ename?: string;
  evalue?: string;
  data?: Record<string, string | string[]>;
}

/** Where Jupyter is, or a DiscourseError saying how to install it. */
function requireJupyter(): void {
  const r = spawnSync("jupyter", ["nbconvert", "--version"], { encoding: "utf8" });
  if (r.error || r.status !== 0) {
    throw new DiscourseError("running notebooks needs Jupyter with nbconvert: sudo apt-get install jupyter-notebook jupyter-nbconvert jupyter-client, then npx tslab install --python=/usr/bin/python3", { field: "jupyter" });
  }
}

/**
 * Executes notebooks headless with the tslab kernel, each reading its parameters from
 * DISCOURSE_CORPUS, DISCOURSE_BY, DISCOURSE_A, DISCOURSE_B, how files are read (DISCOURSE_ENCODING,
 * DISCOURSE_NAME_PATTERN, DISCOURSE_TEXT_FIELD, DISCOURSE_SPLIT) and the registry and dictionary that
 * replace the defaults (DISCOURSE_ACTORS, DISCOURSE_FRAMES), and writes to `out`:
 * notebooks/NAME.ipynb (the executed copies, outputs included) and figures/NAME-N.svg|png (every
 * chart the notebooks showed; notebook 04 also exports its own figures there). One at a time, so
 * `progress` can report each.
 */
export async function executeNotebooks(
  params: NotebookParameters,
  out: string,
  options: { notebooks?: string; timeout?: number; progress?: (message: string) => void } = {},
): Promise<NotebookRun[]> {
  const folder = resolve(options.notebooks ?? KIT_NOTEBOOKS);
  const files = existsSync(folder) ? readdirSync(folder).filter((f) => f.endsWith(".ipynb")).sort() : [];
  if (files.length === 0) throw new DiscourseError("no .ipynb notebooks here", { file: folder });
  requireJupyter();
  const outDir = resolve(out);
  const nbDir = join(outDir, "notebooks");
  const figDir = join(outDir, "figures");
  mkdirSync(nbDir, { recursive: true });
  mkdirSync(figDir, { recursive: true });
  const bin = join(__dirname, "..", "..", "node_modules", ".bin");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${bin}:${process.env.PATH ?? ""}`,
    DISCOURSE_CORPUS: resolve(params.corpus),
    DISCOURSE_BY: params.by ?? "year",
    DISCOURSE_FIGURES: figDir,
    DOTENV_CONFIG_QUIET: "true",
  };
  const optional = [["DISCOURSE_A", params.a], ["DISCOURSE_B", params.b], ["DISCOURSE_ENCODING", params.encoding], ["DISCOURSE_NAME_PATTERN", params.namePattern],
    ["DISCOURSE_TEXT_FIELD", params.textField], ["DISCOURSE_SPLIT", params.split],
    ["DISCOURSE_ACTORS", params.actors && resolve(params.actors)], ["DISCOURSE_FRAMES", params.frames && resolve(params.frames)]] as const;
  for (const [key, value] of optional) {
    if (value !== undefined) env[key] = value;
    else delete env[key];
  }

  const runs: NotebookRun[] = [];
  for (const [i, file] of files.entries()) {
    const name = file.replace(/\.ipynb$/, "");
    options.progress?.(`[${i + 1}/${files.length}] ${file}`);
    const started = Date.now();
    const timeout = options.timeout ?? 600;
    const stderr = await run(
      "jupyter",
      ["nbconvert", "--to", "notebook", "--execute", `--ExecutePreprocessor.timeout=${timeout}`, "--allow-errors", "--output-dir", nbDir, "--output", file, join(folder, file)],
      env,
    );
    const path = join(nbDir, file);
    if (!existsSync(path)) throw new DiscourseError(`jupyter could not run it: ${lastLines(stderr)}`, { file: join(folder, file) });
    const nb = JSON.parse(readFileSync(path, "utf8")) as { cells: { outputs?: Output[] }[] };
    const outputs = nb.cells.flatMap((c) => c.outputs ?? []);
    const errors = outputs.flatMap(cellError);
    const figures: string[] = [];
    for (const o of outputs) {
      const svg = o.data?.["image/svg+xml"];
      const png = o.data?.["image/png"];
      if (svg) {
        const p = join(figDir, `${name}-${figures.length + 1}.svg`);
        writeFileAtomic(p, joined(svg));
        figures.push(p);
      } else if (png) {
        const p = join(figDir, `${name}-${figures.length + 1}.png`);
        writeFileAtomic(p, Buffer.from(joined(png), "base64"));
        figures.push(p);
      }
    }
    runs.push({ notebook: file, path, seconds: (Date.now() - started) / 1000, figures, errors });
  }
  return runs;
}

/** A notebook's text as one string: Jupyter stores it as a string or as a list of lines. */
const joined = (text: string | string[]): string => (Array.isArray(text) ? text.join("") : text);

/**
 * A failed cell's error as one line, from one of its outputs. Most kernels send an error output;
 * tslab sends none: it writes what failed to stderr, either a TypeScript diagnostic ("3:7 - Cannot
 * find name 'x'.") or the thrown error, its name and message on a line of their own.
 */
function cellError(o: Output): string[] {
  if (o.output_type === "error") return [`${o.ename}: ${o.evalue}`];
  if (o.output_type !== "stream" || o.name !== "stderr") return [];
  const text = joined(o.text ?? "");
  const line = /^(?:\S+ )?\d+:\d+ - .+$/m.exec(text) ?? /^\w*(?:Error|Exception)\b.*$/m.exec(text);
  return line ? [line[0].trim()] : [];
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", () => done(stderr));
  });
}

const lastLines = (s: string) => s.trim().split("\n").slice(-3).join(" | ");
