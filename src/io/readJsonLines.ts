import { readFileSync } from "node:fs";
import type { ZodType, ZodTypeDef } from "zod";
import { DiscourseError } from "../errors";

/**
 * Reads a .jsonl file (one JSON object per line, blank lines skipped) and validates each line, so a
 * mistake is reported as `file: line N: field: what is wrong`. Returns records with their line number.
 */
export function readJsonLines<T>(path: string, schema: ZodType<T, ZodTypeDef, unknown>, expected: string): { line: number; value: T }[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch {
    throw new DiscourseError(`cannot read this file; give a .jsonl file of ${expected}`, { file: path });
  }
  const out: { line: number; value: T }[] = [];
  text.split("\n").forEach((raw, i) => {
    if (!raw.trim()) return;
    const where = { file: path, field: `line ${i + 1}` };
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      throw new DiscourseError(`not valid JSON; each line must be one object ${expected}`, where);
    }
    const r = schema.safeParse(data);
    if (!r.success) {
      const issue = r.error.issues[0];
      throw new DiscourseError(`${issue.path.join(".") || "line"}: ${issue.message}`, where);
    }
    out.push({ line: i + 1, value: r.data });
  });
  return out;
}
