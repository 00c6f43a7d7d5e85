import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { type Corpus } from "../corpus/corpus";
import { MANIFEST, displayPath, loadCorpus, readDocument, readManifest } from "../corpus/load";
import { type DocumentEntry, DocumentEntrySchema, type Manifest, ManifestSchema, type MetaValue } from "../corpus/schema";
import { describeIssue } from "../corpus/validate";
import { DiscourseError } from "../errors";
import { writeFileAtomic } from "../io/atomicWrite";
import type { Command } from "./command";
import { declareCommand } from "./options";

/** The manifest entry the flags describe, or a one-line error naming the flag at fault. */
function entryFromFlags(fields: Record<string, MetaValue>): DocumentEntry {
  const result = DocumentEntrySchema.safeParse(fields);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const key = String(issue.path[0] ?? "");
  const flag = ["title", "author", "date", "id"].includes(key) ? `--${key}` : `--set ${key}`;
  throw new DiscourseError(describeIssue(issue).replace("remove it and give the date", "use --date"), { field: flag });
}

/** `--set field=value`: a number or boolean when it reads as one, else text. */
function parseSet(pairs: string[]): Record<string, MetaValue> {
  const out: Record<string, MetaValue> = {};
  for (const pair of pairs) {
    const m = /^([A-Za-z_][\w.-]*)=(.*)$/.exec(pair);
    if (!m) throw new DiscourseError(`expected FIELD=VALUE, got ${JSON.stringify(pair)}`, { field: "--set" });
    const v = m[2];
    out[m[1]] = v === "true" ? true : v === "false" ? false : v !== "" && Number.isFinite(Number(v)) ? Number(v) : v;
  }
  return out;
}

export const addCommand: Command = declareCommand({
  name: "add",
  summary: "copy op-eds into a corpus folder and record them in its corpus.json",
  about:
    "Copies each .txt, .md or .html FILE into DIR (created if needed) and adds an entry to\n" +
    "DIR/corpus.json (created if needed, written atomically). Metadata flags are written to the\n" +
    "entry and win over what the file states (front matter, page metadata, header lines); --title\n" +
    "and --id take one FILE. Nothing is written when any FILE is unreadable, a duplicate of a\n" +
    "document already there, or its metadata is bad. The source files are only read.",
  groups: [],
  options: {
    corpus: { type: "string", arg: "DIR", help: "the corpus folder to add to (required; created if needed)" },
    title: { type: "string", arg: "T", help: "the title (one FILE only)" },
    author: { type: "string", arg: "A", help: "the author" },
    date: { type: "string", arg: "YYYY-MM-DD", help: "the date" },
    id: { type: "string", arg: "ID", help: "the document id (one FILE only)" },
    set: { type: "string", arg: "FIELD=VALUE", multiple: true, help: "any other field; repeat for more" },
  },
  positionals: "FILE...",
  run(values, files) {
    const dir = values.corpus;
    if (typeof dir !== "string" || !dir) throw new DiscourseError("missing; pass --corpus DIR, the folder to add to", { field: "--corpus" });
    if (files.length === 0) throw new DiscourseError("missing; name one or more .txt, .md or .html files to add", { field: "FILE" });
    if (files.length > 1 && (values.title !== undefined || values.id !== undefined)) {
      throw new DiscourseError("--title and --id name one document; add files one at a time to set them", { field: values.title !== undefined ? "--title" : "--id" });
    }
    const root = resolve(dir);
    if (existsSync(root) && !statSync(root).isDirectory()) throw new DiscourseError("not a folder", { file: displayPath(root) });
    const manifestPath = join(root, MANIFEST);
    const manifest: Manifest = (existsSync(root) && readManifest(root)) || ManifestSchema.parse({ name: basename(root) });
    const existing = existingCorpus(root);

    const flags: Record<string, MetaValue> = { ...parseSet((values.set as string[] | undefined) ?? []) };
    for (const k of ["title", "author", "date"] as const) if (typeof values[k] === "string") flags[k] = values[k] as string;

    // Check everything before writing anything.
    const takenIds = new Set([...(existing?.documents.map((d) => d.id) ?? []), ...manifest.documents.map((d) => d.id).filter(Boolean)]);
    const hashes = new Map(existing?.documents.map((d) => [d.contentHash, d.file]) ?? []);
    const plan: { source: string; target: string; entry: DocumentEntry; bytes: Buffer; line: string }[] = [];
    for (const file of files) {
      const source = resolve(file);
      if (!existsSync(source) || !statSync(source).isFile()) throw new DiscourseError("no such file", { file });
      const name = basename(source);
      const bytes = readFileSync(source);
      const target = join(root, name);
      if (existsSync(target)) {
        const same = readFileSync(target).equals(bytes);
        throw new DiscourseError(same ? `already in ${displayPath(root)}` : `a different file named ${name} is already in ${displayPath(root)}; rename one of them`, { file });
      }
      const entry = entryFromFlags({ file: name, ...(typeof values.id === "string" ? { id: values.id } : {}), ...flags });
      const read = readDocument(dirname(source), name, entry);
      if (!read.document) throw new DiscourseError(`cannot add: ${read.warnings[0].message.replace(/^skipped: /, "")}`, { file });
      const doc = read.document;
      const dup = hashes.get(doc.contentHash);
      if (dup) throw new DiscourseError(`same text as ${dup}, already in ${displayPath(root)}; not added`, { file });
      if (entry.id && takenIds.has(entry.id)) throw new DiscourseError(`id "${entry.id}" is taken in ${displayPath(manifestPath)}; choose another`, { field: "--id" });
      hashes.set(doc.contentHash, name);
      const missing = read.warnings.map((w) => `; warning: ${w.message}`).join("");
      plan.push({ source, target, entry, bytes, line: `added ${name} (${doc.date ?? "no date"}, "${doc.title}")${missing}` });
    }

    mkdirSync(root, { recursive: true });
    for (const p of plan) writeFileAtomic(p.target, p.bytes);
    const next: Manifest = { ...manifest, documents: [...manifest.documents, ...plan.map((p) => p.entry)] };
    writeFileAtomic(manifestPath, JSON.stringify(next, null, 2) + "\n");
    for (const p of plan) process.stdout.write(p.line + "\n");
    process.stdout.write(`${displayPath(manifestPath)}: ${next.documents.length} entries\n`);
    return 0;
  },
});

/** The corpus already in the folder, or null when there is none yet. Errors in it stop the add. */
function existingCorpus(root: string): Corpus | null {
  if (!existsSync(root)) return null;
  try {
    return loadCorpus(root);
  } catch (err) {
    if (err instanceof DiscourseError && err.detail.startsWith("no documents")) return null;
    throw err;
  }
}
