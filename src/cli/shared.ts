import { existsSync } from "node:fs";
import { type ReadSettings, loadCorpus } from "../corpus/load";
import { type Corpus, type CorpusWarning, formatWarning } from "../corpus/corpus";
import { progressReporter } from "./progress";
import { DiscourseError } from "../errors";
import { toCsv } from "../export/csv";
import { toTextTable } from "../export/textTable";
import { readWordList } from "../text/stopwords";
import type { TokenOptions } from "../text/tokens";
import type { FoldOption } from "../text/aliasFolds";
import { ActorRegistrySchema } from "../lexicons/actorSchema";
import { readLexicon } from "../lexicons/readLexicon";

type Values = Record<string, string | boolean | string[] | undefined>;

/** `--corpus DIR`, or the one-line error saying to pass it. */
export function corpusDir(values: Values): string {
  const dir = values.corpus;
  if (typeof dir !== "string" || !dir) {
    throw new DiscourseError("missing; pass --corpus DIR (a folder of .txt, .md or .html files), e.g. --corpus seeds", { field: "--corpus" });
  }
  return dir;
}

/** Loads `--corpus DIR`; its warnings go to stderr unless the command lists them itself (`warn: false`). */
export function requireCorpus(values: Values, options: { warn?: boolean } = {}): Corpus {
  const dir = corpusDir(values);
  // Progress on stderr while reading many files (no token counts yet at that stage).
  const corpus = loadCorpus(dir, { progress: progressReporter("reading"), duplicates: duplicatesOption(values), ...readSettings(values), by: stringOption(values, "by") });
  // Warnings go to stderr, so stdout stays a clean table/CSV/JSON (`discourse corpus` lists them itself).
  if (options.warn !== false) printWarnings(corpus.warnings);
  return corpus;
}

/** `--encoding`, `--name-pattern`, `--text-field` and `--split`: how files are read. */
export function readSettings(values: Values): ReadSettings {
  return {
    encoding: stringOption(values, "encoding"),
    namePattern: stringOption(values, "name-pattern"),
    textField: stringOption(values, "text-field"),
    split: stringOption(values, "split"),
  };
}

/** A string option's value, or undefined when it was not given. */
export function stringOption(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" ? v : undefined;
}

/** `--duplicates once|keep` (once when the command does not take it). */
export function duplicatesOption(values: Values): "once" | "keep" {
  return values.duplicates === undefined ? "once" : choice(values, "duplicates", ["once", "keep"] as const);
}

/** Prints the loader's warnings on stderr, one line each. */
export function printWarnings(warnings: readonly CorpusWarning[], limit = 20): void {
  // A folder of reprints can warn thousands of times: show the first ones and say how many more.
  for (const w of warnings.slice(0, limit)) process.stderr.write(`discourse: warning: ${formatWarning(w)}\n`);
  if (warnings.length > limit) {
    process.stderr.write(`discourse: warning: … and ${warnings.length - limit} more (discourse corpus --corpus DIR lists them all)\n`);
  }
}

function listOption(value: unknown, flag: string): "default" | "none" | string[] {
  if (value === undefined || value === "default") return "default";
  if (value === "none") return "none";
  const path = String(value);
  if (!existsSync(path)) {
    throw new DiscourseError(`no such file; give default, none, or a file with one entry per line`, { file: path, field: flag });
  }
  return readWordList(path);
}

export function tokenOptions(values: Values): TokenOptions {
  return {
    stopwords: listOption(values.stopwords, "--stopwords"),
    phrases: listOption(values.phrases, "--phrases"),
    stem: values.stem === true,
    dictionary: dictionaryOption(values.dictionary),
    script: values.script === undefined ? undefined : choice(values, "script", ["as-written", "simplified"] as const),
    fold: foldOption(values),
  };
}

/** `--fold`: the registry whose spellings fold (`--actors FILE` when the command has it), or none. */
function foldOption(values: Values): FoldOption {
  const value = values.fold;
  if (value === "none") return "none";
  if (value === undefined || value === "actors") return typeof values.actors === "string" ? readLexicon(values.actors, ActorRegistrySchema) : "default";
  const path = String(value);
  if (!existsSync(path)) throw new DiscourseError("no such file; give actors, none, or an actor registry file", { file: path, field: "--fold" });
  return readLexicon(path, ActorRegistrySchema);
}

/** `--dictionary FILE`: Chinese words jieba keeps whole, one per line. */
function dictionaryOption(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const path = String(value);
  if (!existsSync(path)) throw new DiscourseError("no such file; give a file with one Chinese word per line", { file: path, field: "--dictionary" });
  return readWordList(path);
}

export function intOption(values: Values, name: string, fallback: number, min = 1): number {
  const raw = values[name];
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) {
    throw new DiscourseError(`expected a whole number ≥ ${min}, got ${JSON.stringify(raw)}`, { field: `--${name}` });
  }
  return n;
}

export function choice<T extends string>(values: Values, name: string, allowed: readonly T[]): T {
  const v = values[name];
  if (typeof v === "string" && (allowed as readonly string[]).includes(v)) return v as T;
  throw new DiscourseError(`expected one of ${allowed.join(", ")}, got ${JSON.stringify(v)}`, { field: `--${name}` });
}

/** The `--format` of commands that print records: json, csv or table. */
export function rowFormat(values: Values): "json" | "csv" | "table" {
  return choice(values, "format", ["json", "csv", "table"] as const);
}

/** Writes records to stdout as json (an array), csv or an aligned table. */
export function printRows<T extends object>(rows: readonly T[], values: Values): void {
  const format = rowFormat(values);
  const text = format === "json" ? JSON.stringify(rows, null, 2) + "\n" : format === "csv" ? toCsv(rows) : toTextTable(rows);
  process.stdout.write(text);
}

/**
 * `--a` and `--b` of a two-group comparison: both, or neither (then the first and the last of
 * `groups`, in group order); one alone is an error naming the other.
 */
export function compareGroups(values: Values, groups: readonly string[]): { a: string; b: string } {
  return optionalCompare(values) ?? { a: groups[0], b: groups[groups.length - 1] };
}

/** `--a` and `--b` where a comparison is optional: undefined when neither is given. */
export function optionalCompare(values: Values): { a: string; b: string } | undefined {
  const given = (flag: "a" | "b") => typeof values[flag] === "string" && values[flag] !== "";
  if (!given("a") && !given("b")) return undefined;
  for (const flag of ["a", "b"] as const) {
    if (!given(flag)) throw new DiscourseError(`missing; pass --${flag} VALUE with --${flag === "a" ? "b" : "a"}, a value of the --by field (e.g. --a 2016 --b 2022)`, { field: `--${flag}` });
  }
  return { a: String(values.a), b: String(values.b) };
}

/** `--iterations` and `--seed` of the commands that bootstrap. */
export function bootstrapValues(values: Values): { iterations: number; seed: number } {
  return { iterations: intOption(values, "iterations", 2000), seed: intOption(values, "seed", 1, 0) };
}
