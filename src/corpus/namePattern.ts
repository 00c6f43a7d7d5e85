import { DiscourseError } from "../errors";
import { isIsoDate } from "./dates";
import type { MetaValue } from "./schema";

/**
 * Metadata read from file names, as quanteda's readtext does with `docvarsfrom = "filenames"`: a
 * pattern such as "{year}-{author}" is matched against each file's name without its folder and
 * extension ("1901-McKinley.txt" → year 1901, author "McKinley"). `{date}` takes YYYY-MM-DD,
 * `{year}` four digits, any other `{name}` a field of that name; every other character must stand
 * as written. A field but the last takes as little as it can, the last the rest.
 */
export interface NamePattern {
  pattern: string;
  fields: string[];
  re: RegExp;
}

const PLACEHOLDER = /\{([A-Za-z_][\w-]*)\}/g;
const RESERVED = new Set(["id", "file", "text"]);

export function compileNamePattern(pattern: string, where: { file?: string; field: string }): NamePattern {
  const fields: string[] = [];
  let source = "";
  let last = 0;
  const parts = [...pattern.matchAll(PLACEHOLDER)];
  if (parts.length === 0) throw new DiscourseError(`"${pattern}" names no field; write fields in braces, e.g. "{year}-{author}"`, where);
  parts.forEach((m, k) => {
    const name = m[1];
    if (RESERVED.has(name)) throw new DiscourseError(`{${name}} cannot come from a file name; name the field otherwise`, where);
    if (fields.includes(name)) throw new DiscourseError(`{${name}} appears twice in "${pattern}"`, where);
    source += escape(pattern.slice(last, m.index));
    source += name === "date" ? "(\\d{4}-\\d{2}-\\d{2})" : name === "year" ? "(\\d{4})" : k === parts.length - 1 ? "(.+)" : "(.+?)";
    fields.push(name);
    last = m.index! + m[0].length;
  });
  source += escape(pattern.slice(last));
  return { pattern, fields, re: new RegExp(`^${source}$`, "u") };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The base name of a corpus file, without its folder and extension: what a pattern is matched against. */
export function baseName(file: string): string {
  return (file.split("/").pop() ?? file).replace(/\.[^.]+$/, "");
}

/**
 * The fields a file's name states, or a reason it does not match (for a warning naming the file).
 * `year` is a number; `date` must be a real day.
 */
export function fieldsFromName(file: string, np: NamePattern): { ok: true; fields: Record<string, MetaValue> } | { ok: false; reason: string } {
  const m = np.re.exec(baseName(file));
  if (!m) return { ok: false, reason: `name does not match the name pattern "${np.pattern}"; its fields are left empty` };
  const fields: Record<string, MetaValue> = {};
  np.fields.forEach((name, k) => {
    const value = m[k + 1].trim();
    fields[name] = name === "year" ? Number(value) : value;
  });
  if (typeof fields.date === "string" && !isIsoDate(fields.date)) return { ok: false, reason: `"${fields.date}" in the name is not a real day (YYYY-MM-DD)` };
  return { ok: true, fields };
}
