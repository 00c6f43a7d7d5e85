import { DiscourseError } from "../errors";

/**
 * Many articles in one file, as news databases export them: the text is cut at every line that
 * matches `separator` (e.g. `^Document \w+$`, or a line of `=`), the matching lines dropped; each
 * non-empty part is then read as a text file of its own (header lines, date, title).
 */
export function splitText(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let current: string[] = [];
  for (const line of text.split("\n")) {
    separator.lastIndex = 0;
    if (separator.test(line)) {
      parts.push(current.join("\n"));
      current = [];
    } else current.push(line);
  }
  parts.push(current.join("\n"));
  return parts.filter((p) => p.trim() !== "");
}

/** `--split REGEX` as a regular expression tested against each line, or a one-line error. */
export function splitPattern(source: string, where: { file?: string; field: string }): RegExp {
  try {
    return new RegExp(source, "u");
  } catch (err) {
    throw new DiscourseError(`not a valid regular expression (${(err as Error).message}); e.g. "^Document \\\\w+$"`, where);
  }
}
