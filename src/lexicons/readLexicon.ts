import { readFileSync } from "node:fs";
import type { ZodType, ZodTypeDef } from "zod";
import { parseWith } from "../corpus/validate";
import { DiscourseError } from "../errors";

/**
 * Reads a lexicon (frames, actors, sentiment additions) from a .json, .yaml or .yml file and
 * validates it, so a mistake is reported as `file: field.path: what to do`.
 */
export function readLexicon<T>(path: string, schema: ZodType<T, ZodTypeDef, unknown>): T {
  let text: string;
  try {
    text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch {
    throw new DiscourseError("cannot read this file; give a .json or .yaml lexicon", { file: path });
  }
  let data: unknown;
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    data = /\.ya?ml$/i.test(path) ? (require("yaml") as typeof import("yaml")).parse(text) : JSON.parse(text);
  } catch (err) {
    throw new DiscourseError(`not valid ${/\.ya?ml$/i.test(path) ? "YAML" : "JSON"} (${(err as Error).message.split("\n")[0]})`, { file: path });
  }
  return parseWith(schema, data, path);
}
