import { z } from "zod";

const weight = z.number().min(-1, "weights lie in [-1, 1]").max(1, "weights lie in [-1, 1]");

/**
 * Sentiment additions and the cue words of target-directed scoring. `terms` maps a word or a
 * multiword phrase to a weight in [-1, 1] and overrides the base lexicon (AFINN-165 / 5).
 * `blame` words are acts whose agent is blamed and whose victim is not ("sanctions", "suppress");
 * `accuse` words cast their object in a bad light and leave their agent alone ("critics accused
 * Beijing of stalling" is negative for Beijing, not for the critics).
 */
export const SentimentLexiconSchema = z.object({
  name: z.string().min(1),
  terms: z.record(z.string().min(1), weight).default({}),
  blame: z.array(z.string().min(1)).default([]),
  accuse: z.array(z.string().min(1)).default([]),
  negators: z.array(z.string().min(1)).default([]),
  intensifiers: z.record(z.string().min(1), z.number().positive()).default({}),
  contrast: z.array(z.string().min(1)).default([]),
});
export type SentimentLexicon = z.infer<typeof SentimentLexiconSchema>;
export type SentimentLexiconInput = z.input<typeof SentimentLexiconSchema>;
