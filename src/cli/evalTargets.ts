import { basename } from "node:path";
import { evaluateTargets } from "../analysis/targets/evaluate";
import { POLARITIES, readTargetExamples } from "../analysis/targets/newsmtsc";
import { DiscourseError } from "../errors";
import { toTextTable } from "../export/textTable";
import { choice } from "./shared";
import type { Command } from "./command";
import { declareCommand } from "./options";

export const evalTargetsCommand: Command = declareCommand({
  name: "eval-targets",
  summary: "accuracy, macro-F1 and confusion matrices of target sentiment on labelled data",
  about:
    "Each line of FILE is { id, sentence, target, target_from, target_to, polarity } (NewsMTSC's\n" +
    "format). Prints, for the kit's target-aware method and for a sentence-level AFINN baseline,\n" +
    "accuracy, macro-F1 (unweighted mean of the three classes' F1) and the confusion matrix.",
  groups: [],
  options: {
    data: { type: "string", arg: "FILE.jsonl[,FILE.jsonl...]", help: "labelled sentences (required)" },
    format: { type: "string", default: "table", arg: "table|json", help: "output format" },
  },
  run(values) {
    if (typeof values.data !== "string" || !values.data) {
      throw new DiscourseError("missing; pass --data FILE.jsonl (e.g. ../shared/eval/newsmtsc/rw-test.jsonl)", { field: "--data" });
    }
    const format = choice(values, "format", ["table", "json"] as const);
    const results = values.data.split(",").map((file) => ({ file, methods: evaluateTargets(readTargetExamples(file)) }));
    if (format === "json") {
      process.stdout.write(JSON.stringify(results, null, 2) + "\n");
      return 0;
    }
    // First the headline: macro-F1 of every method on every file, side by side.
    process.stdout.write(
      toTextTable(results.map(({ file, methods }) => ({
        data: basename(file),
        examples: methods[0].report.n,
        ...Object.fromEntries(methods.map(({ method, report }) => [`macro-F1 ${method}`, report.macroF1.toFixed(3)])),
      }))),
    );
    for (const { file, methods } of results) {
      process.stdout.write(`\n${basename(file)} (${methods[0].report.n} examples)\n\n`);
      const summary = methods.map(({ method, report }) => ({
        method,
        accuracy: report.accuracy.toFixed(3),
        macroF1: report.macroF1.toFixed(3),
        ...Object.fromEntries(POLARITIES.map((l) => [`F1 ${l}`, report.perClass[l].f1.toFixed(3)])),
      }));
      process.stdout.write(toTextTable(summary));
      for (const { method, report } of methods) {
        process.stdout.write(`\nconfusion, ${method} (rows: gold, columns: predicted)\n`);
        process.stdout.write(toTextTable(POLARITIES.map((g) => ({ gold: g, ...report.confusion[g] }))));
      }
    }
    return 0;
  },
});
