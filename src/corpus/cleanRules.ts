import { z } from "zod";

/** What a removed line was: the article's title, its byline, its date line, or site chrome. */
export const RemovedKindSchema = z.enum(["title", "byline", "dateline", "header", "boilerplate", "note"]);
export type RemovedKind = z.infer<typeof RemovedKindSchema>;

/**
 * A line rule: a regular expression tested against each (normalised, trimmed) line.
 * `strip: "line"` removes the whole line; `strip: "prefix"` removes only the matched start and
 * keeps the rest (for chrome glued to the next text, as "Back to TopWuzhen Proposals…").
 */
export const LineRuleSchema = z.object({
  name: z.string().min(1),
  kind: RemovedKindSchema,
  pattern: z.string().min(1),
  flags: z.string().regex(/^[imsu]*$/, "only the flags i, m, s and u are allowed").default(""),
  strip: z.enum(["line", "prefix"]).default("line"),
});
export type LineRule = z.infer<typeof LineRuleSchema>;

export const CleanRulesSchema = z.object({
  /** Site chrome and metadata lines, tried in order on every line. */
  lines: z.array(LineRuleSchema).default([]),
  /** Remove a line that is the manifest title, or contains it as at least half of the line. */
  title: z.boolean().default(true),
  /** Remove a line that is the author ("• Tang Lan", "By Tang Lan"), or starts with "Author,". */
  byline: z.boolean().default(true),
  /**
   * Remove every other line before the first body paragraph (affiliations, kickers). A body
   * paragraph has at least `bodyMinWords` words and ends in sentence punctuation.
   */
  header: z.boolean().default(true),
  bodyMinWords: z.number().int().min(1).default(8),
});
export type CleanRules = z.infer<typeof CleanRulesSchema>;
export type CleanRulesInput = z.input<typeof CleanRulesSchema>;

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";

/**
 * The default rules, written for news-site captures such as the seed op-eds. Each one names the
 * chrome it removes; replace or extend them with `loadCorpus(dir, { clean })`.
 */
export const defaultCleanRules: CleanRules = CleanRulesSchema.parse({
  lines: [
    { name: "language-bar", kind: "boilerplate", pattern: "^Language\\s*:\\s*English\\b.*$" },
    { name: "back-to-top", kind: "boilerplate", pattern: "^Back to Top\\s*", strip: "prefix" },
    { name: "you-might-also-like", kind: "boilerplate", pattern: "^You might also like\\s*$", flags: "i" },
    { name: "source-credit", kind: "boilerplate", pattern: "^Source\\s*:\\s*[^.!?]{1,80}$" },
    { name: "author-note", kind: "note", pattern: "^\\(\\s*The (?:author|writer)s? (?:is|are) .*\\)$", flags: "i" },
    { name: "publication-line", kind: "dateline", pattern: "发布时间\\s*[:：]" },
    { name: "date-line", kind: "dateline", pattern: `^(?:${MONTH}\\s+\\d{1,2}\\s*,\\s*\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})$`, flags: "i" },
  ],
});
