import { z } from "zod";
import { isIsoDate, parseDateLine } from "./dates";

export { isIsoDate };

/** A metadata value usable for grouping: strings, numbers, booleans (null for "unknown"). */
// One type test, not a union: a union tries each member in turn and builds an issue for every
// member that fails, on every field of every entry.
export const MetaValueSchema = z.custom<string | number | boolean | null>(
  (v) => v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && !Number.isNaN(v)),
  { message: "expected a string, number, boolean or null" },
);
export type MetaValue = z.infer<typeof MetaValueSchema>;

export const IsoDateSchema = z.string().superRefine((s, ctx) => {
  if (!isIsoDate(s)) {
    const meant = parseDateLine(s);
    const hint = meant && meant !== s ? ` (write ${meant})` : "";
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected YYYY-MM-DD, got ${JSON.stringify(s)}${hint}` });
  }
});

/** `year` is derived from `date`, so no source of metadata may set it. */
function noYear(doc: Record<string, unknown>, ctx: z.RefinementCtx) {
  if ("year" in doc) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ["year"], message: "is derived from date; remove it and give the date" });
  }
}

/**
 * One document of the manifest. Only `file` is required: title, author and date may come from the
 * file itself (front matter, the page's metadata, or its header lines) and the id from the file
 * name. What the manifest states wins. Any extra field (outlet, affiliation, category…) is kept
 * and can be used to group documents.
 */
export const DocumentEntrySchema = z
  .object({
    id: z.string().min(1, "must not be empty").optional(),
    file: z.string().min(1, "must not be empty"),
    title: z.string().optional(),
    author: z.string().optional(),
    date: IsoDateSchema.optional(),
  })
  .catchall(MetaValueSchema)
  .superRefine(noYear);
export type DocumentEntry = z.infer<typeof DocumentEntrySchema>;

/** Metadata a file states itself (front matter, page metadata): checked like the manifest's. */
export const FileMetaSchema = z
  .object({ title: z.string().optional(), author: z.string().optional(), date: IsoDateSchema.optional() })
  .catchall(MetaValueSchema)
  .superRefine(noYear);

/** `corpus.json`: a name and the documents it describes (every text file in the folder when absent). */
export const ManifestSchema = z.object({
  name: z.string().min(1, "must not be empty"),
  description: z.string().optional(),
  documents: z.array(DocumentEntrySchema).default([]),
});
export type Manifest = z.infer<typeof ManifestSchema>;

/**
 * The manifest with each document checked for its `file` only: what a streamed count needs before
 * it starts. Each entry is then checked in full (`DocumentEntrySchema`) by the thread that reads
 * its file, so a manifest of 50,000 entries is not checked on one thread while the others wait.
 */
export const ManifestOutlineSchema = ManifestSchema.extend({
  documents: z.array(z.object({ file: z.string().min(1, "must not be empty") }).passthrough()).default([]),
});
export type ManifestOutline = z.infer<typeof ManifestOutlineSchema>;
