import { z } from "zod";

/**
 * A frame: a named way of presenting an issue, recognised by its entries. An entry is a word
 * ("sovereignty"), a glob with `*` for any letters ("cooperat*"), or a multiword phrase whose words
 * may themselves be globs ("mutual respect", "win-win", "zero-sum game").
 */
export const FrameSchema = z.object({
  id: z.string().regex(/^[a-z0-9_-]+$/, "use lower-case letters, digits, - and _"),
  label: z.string().min(1),
  /** One line: why these entries signal this frame. */
  rationale: z.string().min(1),
  entries: z.array(z.string().trim().min(1, "an entry must not be empty")).min(1, "list at least one entry"),
});
export type Frame = z.infer<typeof FrameSchema>;

export const FrameDictionarySchema = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    frames: z.array(FrameSchema).min(1, "list at least one frame"),
  })
  .superRefine((d, ctx) => {
    const seen = new Set<string>();
    d.frames.forEach((f, i) => {
      if (seen.has(f.id)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["frames", i, "id"], message: `duplicate frame id "${f.id}"` });
      seen.add(f.id);
    });
  });
export type FrameDictionary = z.infer<typeof FrameDictionarySchema>;
