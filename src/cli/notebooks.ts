import { existsSync, statSync } from "node:fs";
import { loadCorpus } from "../corpus/load";
import { groupDocuments } from "../corpus/corpus";
import { DiscourseError } from "../errors";
import { executeNotebooks } from "../notebook/executeNotebooks";
import type { Command } from "./command";
import { declareCommand } from "./options";
import { intOption, optionalCompare, printWarnings, readSettings } from "./shared";

export const notebooksCommand: Command = declareCommand({
  name: "notebooks",
  summary: "execute every notebook headless on a corpus; save the executed copies and figures",
  about:
    "Runs each notebook with the tslab kernel (jupyter nbconvert), its parameters cell reading\n" +
    "DISCOURSE_CORPUS, DISCOURSE_BY, DISCOURSE_A and DISCOURSE_B. Writes OUT/notebooks/*.ipynb\n" +
    "(default OUT: out-notebooks) and OUT/figures/ (each chart shown, and notebook 04's exports).\n" +
    "Exit 1 when a cell failed; the failing notebook and error are printed. Needs Jupyter.",
  groups: ["corpus", "compare"],
  options: {
    out: { type: "string", default: "out-notebooks", arg: "DIR", help: "where executed notebooks and figures go" },
    notebooks: { type: "string", arg: "DIR", help: "the notebooks to run (default: the kit's)" },
    timeout: { type: "string", default: "600", arg: "SECONDS", help: "time allowed per notebook" },
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
    const started = Date.now();
    const runs = await executeNotebooks(
      { corpus: dir, by, a: pair?.a, b: pair?.b, ...readSettings(values) },
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
