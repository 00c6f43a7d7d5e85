import { z } from "zod";

/**
 * How an actor is named. A plain string is a word or multiword name matched as whole words,
 * case-insensitively, with any run of spaces between words ("the United States"); a name written
 * in capitals of up to five letters ("US", "PRC") matches only in capitals, so "us" is not the
 * United States. The object form sets this explicitly (`case: "exact"` or `"ignore"`) or gives a
 * regular expression (`pattern`, JavaScript syntax, matched at word boundaries).
 *
 * In term counts (frequency, keyness, trends) an actor's text aliases count as one term, the
 * actor's `term` (default: its label); `fold: false` keeps an alias out of this.
 */
export const AliasSchema = z.union([
  z.string().trim().min(1, "an alias must not be empty"),
  z
    .object({
      text: z.string().trim().min(1).optional(),
      pattern: z.string().min(1).optional(),
      case: z.enum(["exact", "ignore"]).optional(),
      /** false: this alias is not a spelling of the actor's name ("America" as rhetoric), and keeps its own term. */
      fold: z.boolean().optional(),
    })
    .strict()
    .refine((a) => (a.text === undefined) !== (a.pattern === undefined), "give exactly one of text or pattern")
    .refine((a) => {
      if (a.pattern === undefined) return true;
      try {
        new RegExp(a.pattern);
        return true;
      } catch {
        return false;
      }
    }, "pattern is not a valid regular expression"),
]);
export type Alias = z.infer<typeof AliasSchema>;

/** "place": a country, city or region named as a place, as a name tagger finds it (state or city not told apart). */
export const ACTOR_KINDS = ["state", "government", "person", "organisation", "firm", "media", "group", "place"] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const ActorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_]+$/, "use lower-case letters, digits and _"),
    label: z.string().min(1),
    kind: z.enum(ACTOR_KINDS),
    aliases: z.array(AliasSchema).min(1, "list at least one alias"),
    /** Adjectives and nationality nouns ("Chinese", "American"): weaker mentions, counted at `demonymWeight`. */
    demonyms: z.array(AliasSchema).default([]),
    /** The actor this one speaks for or belongs to: its mentions also count for the parent. */
    parent: z.string().optional(),
    /** The term its spellings count as in term counts. Default: the label. */
    term: z.string().trim().min(1).optional(),
    /** false: its aliases are other phrasings, not spellings of one name, and are not folded into one term. Default true. */
    fold: z.boolean().optional(),
    description: z.string().optional(),
  })
  .strict();
export type Actor = z.infer<typeof ActorSchema>;

/** A phrase naming several actors at once ("the two countries", "both sides", "Sino-US"). */
export const CollectiveSchema = z
  .object({
    aliases: z.array(AliasSchema).min(1, "list at least one alias"),
    actors: z.array(z.string()).min(2, "a collective names at least two actors"),
  })
  .strict();
export type Collective = z.infer<typeof CollectiveSchema>;

export const ActorRegistrySchema = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    actors: z.array(ActorSchema).min(1, "list at least one actor"),
    collectives: z.array(CollectiveSchema).default([]),
    /** Weight of a demonym mention in means and intervals (0 ignores demonyms). Default 0.5. */
    demonymWeight: z.number().min(0).max(1).default(0.5),
    /**
     * Weight of a collective mention for each of its actors. Default 0, as in the built-in
     * registry: "both sides" says nothing that tells the two apart; collectives are still listed.
     */
    collectiveWeight: z.number().min(0).max(1).default(0),
  })
  .strict()
  .superRefine((r, ctx) => {
    const ids = new Set<string>();
    r.actors.forEach((a, i) => {
      if (ids.has(a.id)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["actors", i, "id"], message: `duplicate actor id "${a.id}"` });
      ids.add(a.id);
    });
    r.actors.forEach((a, i) => {
      if (a.parent !== undefined && !ids.has(a.parent)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["actors", i, "parent"], message: `no actor has id "${a.parent}"` });
      }
      // A parent chain must end: a → b → a would count mentions forever.
      const seen = new Set([a.id]);
      for (let p = a.parent; p !== undefined; p = r.actors.find((x) => x.id === p)?.parent) {
        if (seen.has(p)) {
          ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["actors", i, "parent"], message: `parents form a cycle through "${p}"` });
          break;
        }
        seen.add(p);
      }
    });
    r.collectives.forEach((c, i) =>
      c.actors.forEach((id, j) => {
        if (!ids.has(id)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["collectives", i, "actors", j], message: `no actor has id "${id}"` });
      }),
    );
  });
export type ActorRegistry = z.infer<typeof ActorRegistrySchema>;
export type ActorRegistryInput = z.input<typeof ActorRegistrySchema>;
