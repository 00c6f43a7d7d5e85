/**
 * One error type for everything a user can fix: a bad manifest field, a missing file, an unknown
 * grouping field. It carries the file and the field path so the CLI can print one actionable line
 * (`seeds/corpus.json: documents[1].date: expected YYYY-MM-DD, got "Jan 04 , 2016"`) instead of a
 * stack trace.
 */
export class DiscourseError extends Error {
  readonly file?: string;
  readonly field?: string;

  constructor(message: string, where: { file?: string; field?: string } = {}) {
    super(message);
    this.name = "DiscourseError";
    this.file = where.file;
    this.field = where.field;
  }

  /** `file: field: message`, leaving out whichever part is unknown. */
  toLine(): string {
    return [this.file, this.field, this.message].filter(Boolean).join(": ");
  }
}

/** Formats a path such as ["documents", 1, "date"] as `documents[1].date`. */
export function formatFieldPath(path: ReadonlyArray<string | number>): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out;
}
