import { z } from "zod";

/** A metadata value usable for grouping: strings, numbers, booleans (null for "unknown"). */
export const MetaValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export type MetaValue = z.infer<typeof MetaValueSchema>;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `s` is YYYY-MM-DD and names a real calendar day (2022-02-30 is not). */
export function isIsoDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export const IsoDateSchema = z.string().superRefine((s, ctx) => {
  if (!isIsoDate(s)) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected YYYY-MM-DD, got ${JSON.stringify(s)}` });
  }
});

/**
 * One document of the manifest. Any extra field (outlet, affiliation, category…) is kept and can
 * be used to group documents; `year` is derived from `date`, so the manifest may not set it.
 */
export const DocumentEntrySchema = z
  .object({
    id: z.string().min(1, "must not be empty"),
    file: z.string().min(1, "must not be empty"),
    title: z.string(),
    author: z.string(),
    date: IsoDateSchema,
  })
  .catchall(MetaValueSchema)
  .superRefine((doc, ctx) => {
    if ("year" in doc) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ["year"],
        message: "is derived from date; remove it from the manifest",
      });
    }
  });
export type DocumentEntry = z.infer<typeof DocumentEntrySchema>;

/** `corpus.json`: a name and the documents it describes. */
export const ManifestSchema = z.object({
  name: z.string().min(1, "must not be empty"),
  description: z.string().optional(),
  documents: z.array(DocumentEntrySchema).min(1, "must list at least one document"),
});
export type Manifest = z.infer<typeof ManifestSchema>;
