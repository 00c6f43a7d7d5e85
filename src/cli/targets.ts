import { TargetInputSchema, targetSpan } from "../analysis/targets/targetInput";
import { classifyTarget } from "../analysis/targets/targetModel";
import { DiscourseError } from "../errors";
import { readJsonLines } from "../io/readJsonLines";
import { choice } from "./shared";
import type { Command } from "./command";
import { declareCommand } from "./options";

export const targetsCommand: Command = declareCommand({
  name: "targets",
  summary: "stance toward a named target in each sentence of a .jsonl file",
  about:
    "Each line of FILE is { id, sentence, target, target_from?, target_to? } (offsets in characters;\n" +
    "without them the first occurrence of target is used). Writes each object back with\n" +
    "polarity (positive|neutral|negative) and score (P(positive) − P(negative), in [-1, 1]).",
  groups: [],
  options: {
    input: { type: "string", arg: "FILE.jsonl", help: "sentences and targets (required)" },
    format: { type: "string", default: "jsonl", arg: "jsonl", help: "output format" },
  },
  run(values) {
    if (typeof values.input !== "string" || !values.input) throw new DiscourseError("missing; pass --input FILE.jsonl", { field: "--input" });
    choice(values, "format", ["jsonl"] as const);
    const file = values.input;
    const out = readJsonLines(file, TargetInputSchema, "{ id, sentence, target, target_from?, target_to? }").map(({ line, value }) => {
      const p = classifyTarget(value.sentence, targetSpan(value, { file, field: `line ${line}` }));
      return JSON.stringify({ ...value, polarity: p.polarity, score: Number(p.score.toFixed(4)) });
    });
    process.stdout.write(out.map((l) => l + "\n").join(""));
    return 0;
  },
});
