import { z } from "zod";
import { DiscourseError } from "../../errors";

/** One line of `discourse targets` input: a sentence and the target to read the stance toward. */
export const TargetInputSchema = z
  .object({
    id: z.union([z.string(), z.number()]),
    sentence: z.string().min(1),
    target: z.string().min(1),
    target_from: z.number().int().min(0).optional(),
    target_to: z.number().int().min(0).optional(),
  })
  .passthrough();
export type TargetInput = z.infer<typeof TargetInputSchema>;

/**
 * The target's character span: the given offsets (checked against the text), or else the first
 * place the target occurs in the sentence, exactly and then ignoring case.
 */
export function targetSpan(input: TargetInput, where: { file: string; field: string }): { start: number; end: number } {
  const { sentence, target, target_from: from, target_to: to } = input;
  if (from !== undefined || to !== undefined) {
    if (from === undefined || to === undefined || from >= to || to > sentence.length) {
      throw new DiscourseError(`target_from and target_to must both be given, with 0 ≤ from < to ≤ ${sentence.length}`, where);
    }
    return { start: from, end: to };
  }
  let at = sentence.indexOf(target);
  if (at < 0) at = sentence.toLowerCase().indexOf(target.toLowerCase());
  if (at < 0) throw new DiscourseError(`target "${target}" does not occur in the sentence; give target_from and target_to`, where);
  return { start: at, end: at + target.length };
}
