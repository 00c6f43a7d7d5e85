/**
 * One error type for everything a user can fix: a bad manifest field, a missing file, an unknown
 * grouping field. Its message is one actionable line naming the file and the field path
 * (`seeds/corpus.json: documents[1].date: expected YYYY-MM-DD, got "Jan 04 , 2016"`), which the CLI
 * prints instead of a stack trace and a notebook shows as is.
 */
export class DiscourseError extends Error {
  readonly file?: string;
  readonly field?: string;
  /** What is wrong and what to do, without the file and field. */
  readonly detail: string;

  constructor(detail: string, where: { file?: string; field?: string } = {}) {
    super([where.file, where.field, detail].filter(Boolean).join(": "));
    this.name = "DiscourseError";
    this.file = where.file;
    this.field = where.field;
    this.detail = detail;
  }

  /** `file: field: detail`, leaving out whichever part is unknown. */
  toLine(): string {
    return this.message;
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
