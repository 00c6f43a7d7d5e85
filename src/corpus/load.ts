import { existsSync, readFileSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve } from "node:path";
import { DiscourseError } from "../errors";
import { cleanText } from "./clean";
import { type CleanRules, type CleanRulesInput, CleanRulesSchema, defaultCleanRules } from "./cleanRules";
import { type Corpus, type Document, corpusHash } from "./corpus";
import { ManifestSchema } from "./schema";
import { parseWith } from "./validate";

export interface LoadOptions {
  /** Cleaning rules; defaults to `defaultCleanRules`. Partial objects are filled with defaults. */
  clean?: CleanRules | CleanRulesInput;
}

/** A path as the user would type it: relative to the working directory when inside it. */
export function displayPath(p: string): string {
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : p;
}

function readJson(path: string): unknown {
  const text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new DiscourseError(`not valid JSON (${(err as Error).message}); fix the syntax`, { file: displayPath(path) });
  }
}

/**
 * Loads a corpus folder: validates `corpus.json`, reads each document (UTF-8, BOM removed),
 * cleans it and derives `year` from `date`. Input files are only read, never written.
 */
export function loadCorpus(dir: string, options: LoadOptions = {}): Corpus {
  const root = resolve(dir);
  const manifestPath = join(root, "corpus.json");
  const shown = displayPath(manifestPath);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new DiscourseError(`no such corpus folder; pass a folder holding corpus.json`, { file: displayPath(root) });
  }
  if (!existsSync(manifestPath)) {
    throw new DiscourseError(`missing; a corpus folder needs a corpus.json manifest (see README, "Corpus format")`, {
      file: shown,
    });
  }
  const manifest = parseWith(ManifestSchema, readJson(manifestPath), shown);
  const rules = options.clean ? CleanRulesSchema.parse(options.clean) : defaultCleanRules;

  const seen = new Map<string, number>();
  const documents: Document[] = manifest.documents.map((entry, i) => {
    if (seen.has(entry.id)) {
      throw new DiscourseError(`duplicate id "${entry.id}" (also documents[${seen.get(entry.id)}]); ids must be unique`, {
        file: shown,
        field: `documents[${i}].id`,
      });
    }
    seen.set(entry.id, i);
    const path = resolve(root, entry.file);
    if (!existsSync(path) || !statSync(path).isFile()) {
      throw new DiscourseError(`file "${entry.file}" not found in ${displayPath(root)}; fix the path or add the file`, {
        file: shown,
        field: `documents[${i}].file`,
      });
    }
    const raw = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
    const { text, removed } = cleanText(raw, entry, rules);
    const year = Number(entry.date.slice(0, 4));
    const { id, file, title, author, date } = entry;
    return { id, file, title, author, date, year, meta: { ...entry, year }, raw, text, removed };
  });

  return { name: manifest.name, dir: root, documents, hash: corpusHash(manifest.name, documents) };
}
