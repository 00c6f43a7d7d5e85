import { z } from "zod";
import { isIsoDate, parseDateLine } from "./dates";

export { isIsoDate };

const isMetaValue = (v: unknown) => v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && !Number.isNaN(v));

/** A metadata value usable for grouping: strings, numbers, booleans (null for "unknown"). */
// One type test, not a union: a union tries each member in turn and builds an issue for every
// member that fails, on every field of every entry.
export const MetaValueSchema = z.custom<string | number | boolean | null>(isMetaValue, { message: "expected a string, number, boolean or null" });
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
    /** The file's encoding when it is not UTF-8 or UTF-16 and detection guesses wrong. */
    encoding: z.string().min(1, "must not be empty").optional(),
    /** For a table (.csv, .xlsx…): the column that holds the text. */
    textField: z.string().min(1, "must not be empty").optional(),
  })
  .catchall(MetaValueSchema)
  .superRefine(noYear);
export type DocumentEntry = z.infer<typeof DocumentEntrySchema>;

const ENTRY_FIELDS = ["id", "file", "title", "author", "date", "encoding", "textField"] as const;
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;
const optionalString = (v: unknown): v is string | undefined => v === undefined || typeof v === "string";
const optionalNonEmpty = (v: unknown): v is string | undefined => v === undefined || (typeof v === "string" && v !== "");
const MANIFEST_KEYS = ["name", "description", "namePattern", "encoding", "textField", "split", "documents"];

/**
 * What `DocumentEntrySchema` makes of a manifest entry that plainly passes it (a plain object,
 * strings where the schema wants them, a valid date, metadata values elsewhere, no `year`), built
 * in the same key order; undefined for anything else, for the schema to check and name the fault.
 * A streamed count checks every entry on the thread that reads its file, and zod's object check
 * costs about as much as reading a short file.
 */
export function plainEntry(e: unknown): DocumentEntry | undefined {
  if (!isPlainObject(e)) return undefined;
  if (typeof e.file !== "string" || e.file === "" || (e.id !== undefined && (typeof e.id !== "string" || e.id === ""))) return undefined;
  if (!optionalString(e.title) || !optionalString(e.author) || !(e.date === undefined || (typeof e.date === "string" && isIsoDate(e.date)))) return undefined;
  if (!optionalNonEmpty(e.encoding) || !optionalNonEmpty(e.textField)) return undefined;
  return inSchemaOrder(e, ENTRY_FIELDS) as DocumentEntry | undefined;
}

/**
 * The fields as a zod object with a catchall of metadata values returns them: the schema's own
 * `fields` that are present (already checked by the caller), then every other one, which must be a
 * metadata value and not `year`. Undefined when one is not, for the schema to name the fault.
 */
function inSchemaOrder(e: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> | undefined {
  const out: Record<string, unknown> = {};
  for (const k of fields) if (k in e) out[k] = e[k];
  for (const k in e) {
    if (fields.includes(k)) continue;
    if (k === "year" || k === "__proto__" || !isMetaValue(e[k])) return undefined;
    out[k] = e[k];
  }
  return out;
}

const FILE_META_FIELDS = ["title", "author", "date"] as const;

/**
 * What `FileMetaSchema` makes of a file's own metadata that plainly passes it (title and author
 * strings, a valid date, metadata values elsewhere, no `year`); undefined for anything else, for
 * the schema to check and name the fault. It runs for every file with front matter, where zod's
 * object check costs more than reading the fields.
 */
export function plainFileMeta(meta: Record<string, unknown>): Record<string, MetaValue> | undefined {
  if (!optionalString(meta.title) || !optionalString(meta.author)) return undefined;
  if (!(meta.date === undefined || (typeof meta.date === "string" && isIsoDate(meta.date)))) return undefined;
  return inSchemaOrder(meta, FILE_META_FIELDS) as Record<string, MetaValue> | undefined;
}

/** Metadata a file states itself (front matter, page metadata): checked like the manifest's. */
export const FileMetaSchema = z
  .object({ title: z.string().optional(), author: z.string().optional(), date: IsoDateSchema.optional() })
  .catchall(MetaValueSchema)
  .superRefine(noYear);

/** `corpus.json`: a name and the documents it describes (every text file in the folder when absent). */
export const ManifestSchema = z
  .object({
    name: z.string().min(1, "must not be empty"),
    description: z.string().optional(),
    /** Fields read from every file's name, e.g. "{year}-{author}". */
    namePattern: z.string().min(1, "must not be empty").optional(),
    /** The encoding of every file whose entry states none. Default: detected. */
    encoding: z.string().min(1, "must not be empty").optional(),
    /** The column that holds the text in the folder's tables (.csv, .xlsx…). Default: found by name. */
    textField: z.string().min(1, "must not be empty").optional(),
    /** Cut every text file at the lines matching this regular expression, each part a document. */
    split: z.string().min(1, "must not be empty").optional(),
    documents: z.array(DocumentEntrySchema).default([]),
  })
  // A misspelt key ("documnets") would otherwise leave the manifest's documents unread without a word.
  .strict();
export type Manifest = z.infer<typeof ManifestSchema>;

/**
 * The manifest with each document checked for its `file` only: what a streamed count needs before
 * it starts. Each entry is then checked in full (`DocumentEntrySchema`) by the thread that reads
 * its file, so a manifest of 50,000 entries is not checked on one thread while the others wait.
 */
export const ManifestOutlineSchema = ManifestSchema.extend({
  documents: z.array(z.object({ file: z.string().min(1, "must not be empty") }).passthrough()).default([]),
}).strict();
export type ManifestOutline = z.infer<typeof ManifestOutlineSchema>;

/**
 * What `ManifestOutlineSchema` makes of a manifest that plainly passes it (a name, and documents
 * that each name a file), built alike: the same fields, entries copied with `file` first; undefined
 * for anything else, for the schema to check. A manifest of thousands of entries is read before
 * any file is counted, so its check is on every thread's path.
 */
export function plainOutline(v: unknown): ManifestOutline | undefined {
  if (!isPlainObject(v)) return undefined;
  const { name, description, namePattern, encoding, textField, split, documents = [] } = v;
  if (typeof name !== "string" || name === "" || !optionalString(description) || !Array.isArray(documents)) return undefined;
  if (Object.keys(v).some((k) => !MANIFEST_KEYS.includes(k)) || !optionalNonEmpty(namePattern) || !optionalNonEmpty(encoding)) return undefined;
  if (!optionalNonEmpty(textField) || !optionalNonEmpty(split)) return undefined;
  const entries: ManifestOutline["documents"] = [];
  for (const d of documents) {
    // zod leaves out a key named __proto__: such an entry is left to it.
    if (!isPlainObject(d) || typeof d.file !== "string" || d.file === "" || Object.hasOwn(d, "__proto__")) return undefined;
    const { file, ...rest } = d;
    entries.push({ file, ...rest });
  }
  return {
    name,
    ...("description" in v ? { description } : {}),
    ...("namePattern" in v ? { namePattern } : {}),
    ...("encoding" in v ? { encoding } : {}),
    ...("textField" in v ? { textField } : {}),
    ...("split" in v ? { split } : {}),
    documents: entries,
  };
}
