import { existsSync, statSync } from "node:fs";
import { loadCorpus } from "../corpus/load";
import { groupDocuments } from "../corpus/corpus";
import { DiscourseError } from "../errors";
import { executeNotebooks } from "../notebook/executeNotebooks";
import { ActorRegistrySchema } from "../lexicons/actorSchema";
import { FrameDictionarySchema } from "../lexicons/frameSchema";
import { readLexicon } from "../lexicons/readLexicon";
import type { Command } from "./command";
import { declareCommand } from "./options";
import { intOption, optionalCompare, printWarnings, readSettings } from "./shared";

export const notebooksCommand: Command = declareCommand({
  name: "notebooks",
  summary: "execute every notebook headless on a corpus; save the executed copies and figures",
  about:
    "Runs each notebook with the tslab kernel (jupyter nbconvert), its parameters cell reading\n" +
    "DISCOURSE_CORPUS, DISCOURSE_BY, DISCOURSE_A, DISCOURSE_B, DISCOURSE_ACTORS and DISCOURSE_FRAMES.\n" +
    "--actors FILE and --frames FILE replace the default registry and dictionary. Writes OUT/notebooks/*.ipynb\n" +
    "(default OUT: out-notebooks) and OUT/figures/ (each chart shown, and notebook 04's exports).\n" +
    "Exit 1 when a cell failed; the failing notebook and error are printed. Needs Jupyter.",
  groups: ["corpus", "compare"],
  options: {
    out: { type: "string", default: "out-notebooks", arg: "DIR", help: "where executed notebooks and figures go" },
    notebooks: { type: "string", arg: "DIR", help: "the notebooks to run (default: the kit's)" },
    timeout: { type: "string", default: "600", arg: "SECONDS", help: "time allowed per notebook" },
    actors: { type: "string", arg: "FILE", help: "an actor registry (.json/.yaml) instead of the default" },
    frames: { type: "string", arg: "FILE", help: "a frame dictionary (.json/.yaml) instead of the default" },
  },
  async run(values) {
    const dir = values.corpus;
    if (typeof dir !== "string" || !dir) throw new DiscourseError("missing; pass --corpus DIR", { field: "--corpus" });
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new DiscourseError("no such corpus folder", { file: dir });
    // Check the corpus and the groups here, where a mistake is one line, not an error inside a notebook.
    const by = String(values.by);
    const corpus = loadCorpus(dir, { ...readSettings(values), by });
    printWarnings(corpus.warnings);
    const groups = groupDocuments(corpus, by).map((g) => g.group);
    const pair = optionalCompare(values);
    for (const flag of ["a", "b"] as const) {
      const v = values[flag];
      if (typeof v === "string" && !groups.includes(v)) {
        throw new DiscourseError(`no group "${v}" for --by ${by}; groups: ${groups.join(", ")}`, { field: `--${flag}` });
      }
    }
    // Read the files here too: a mistake in them is one line naming the file and field.
    const actors = typeof values.actors === "string" ? (readLexicon(values.actors, ActorRegistrySchema), values.actors) : undefined;
    const frames = typeof values.frames === "string" ? (readLexicon(values.frames, FrameDictionarySchema), values.frames) : undefined;
    const started = Date.now();
    const runs = await executeNotebooks(
      { corpus: dir, by, a: pair?.a, b: pair?.b, actors, frames, ...readSettings(values) },
      String(values.out),
      {
        notebooks: values.notebooks as string | undefined,
        timeout: intOption(values, "timeout", 600),
        progress: (m) => process.stderr.write(`notebooks: ${m} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`),
      },
    );
    for (const r of runs) {
      const status = r.errors.length ? `FAILED: ${r.errors[0]}` : "ok";
      process.stdout.write(`${r.path}  ${r.seconds.toFixed(1)} s  ${r.figures.length} figures  ${status}\n`);
    }
    return runs.some((r) => r.errors.length) ? 1 : 0;
  },
});
