import { z } from "zod";
import { readJsonLines } from "../../io/readJsonLines";

export const POLARITIES = ["negative", "neutral", "positive"] as const;
export type Polarity = (typeof POLARITIES)[number];

/** One labelled (sentence, target) pair, in the NewsMTSC format (Hamborg & Donnay 2021). */
export const TargetExampleSchema = z.object({
  id: z.string(),
  sentence: z.string(),
  target: z.string(),
  target_from: z.number().int().min(0),
  target_to: z.number().int().min(0),
  polarity: z.enum(POLARITIES),
});
export type TargetExample = z.infer<typeof TargetExampleSchema>;

/** Reads a NewsMTSC-style .jsonl file, one example per line; a bad line is named with its number. */
export function readTargetExamples(path: string): TargetExample[] {
  return readJsonLines(path, TargetExampleSchema, "{ id, sentence, target, target_from, target_to, polarity }").map((r) => r.value);
}
