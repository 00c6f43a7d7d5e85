import type { ParseArgsConfig } from "node:util";
import type { Command } from "./command";

type Values = Record<string, string | boolean | string[] | undefined>;

/** One option: how it is parsed, what its value looks like in help, and what it does. */
export interface OptionSpec {
  type: "string" | "boolean";
  default?: string | boolean;
  /** The value's placeholder in help: DIR, FIELD, N, json|csv|table. */
  arg?: string;
  /** May be given more than once (`--set a=1 --set b=2`). */
  multiple?: boolean;
  help: string;
}

/**
 * The option groups, declared once: a command names the groups it takes, so every command that
 * reads a corpus accepts the same corpus options, and none accepts an option it would ignore
 * (node's parseArgs in strict mode refuses any option not declared).
 */
export const OPTION_GROUPS = {
  corpus: {
    corpus: { type: "string", arg: "DIR", help: "the corpus folder (required)" },
    by: { type: "string", default: "year", arg: "FIELD", help: "metadata field that makes the groups" },
    duplicates: { type: "string", default: "once", arg: "once|keep", help: "count a text found twice once, or every time" },
    encoding: { type: "string", arg: "NAME", help: "encoding of files that are not UTF-8 (default: detected), e.g. windows-1252, gb18030" },
    "name-pattern": { type: "string", arg: "PATTERN", help: 'fields read from file names, e.g. "{year}-{author}"' },
    "text-field": { type: "string", arg: "NAME", help: "the column of tables (.csv, .xlsx, .jsonl…) that holds the text (default: text, body, content or article)" },
    split: { type: "string", arg: "REGEX", help: "cut text files into documents at each line matching REGEX" },
  },
  tokens: {
    stopwords: { type: "string", default: "default", arg: "default|none|FILE", help: "stop words left out of counts" },
    phrases: { type: "string", default: "default", arg: "default|none|FILE", help: "multiword expressions counted as one term" },
    stem: { type: "boolean", default: false, help: "count Porter stems" },
    dictionary: { type: "string", arg: "FILE", help: "Chinese words kept whole, one per line (beside jieba's and the kit's)" },
    script: { type: "string", arg: "as-written|simplified", help: "simplified: count Traditional Chinese as Simplified (default as-written)" },
    fold: {
      type: "string", default: "actors", arg: "actors|none|FILE",
      help: "count an entity's spellings (US, U.S., United States) as one term, as the actor registry declares: --actors FILE's or the default; none; or a registry FILE",
    },
  },
  format: {
    format: { type: "string", default: "table", arg: "json|csv|table", help: "output format" },
  },
  compare: {
    a: { type: "string", arg: "VALUE", help: "group A of a comparison, a value of --by; give both or neither" },
    b: { type: "string", arg: "VALUE", help: "group B of a comparison" },
  },
  bootstrap: {
    iterations: { type: "string", default: "2000", arg: "N", help: "bootstrap resamples (and permutations)" },
    seed: { type: "string", default: "1", arg: "N", help: "seed of the resampling: the same seed, the same numbers" },
  },
} satisfies Record<string, Record<string, OptionSpec>>;

export type OptionGroup = keyof typeof OPTION_GROUPS;

export interface CommandSpec {
  name: string;
  summary: string;
  /** What the command prints and how to read it: the paragraph under the usage line. */
  about: string;
  groups: OptionGroup[];
  options?: Record<string, OptionSpec>;
  /** Positional arguments in the usage line (`FILE...`). */
  positionals?: string;
  run: Command["run"];
}

/** A command from its declaration: parseArgs options and help text both come from the option specs. */
export function declareCommand(spec: CommandSpec): Command {
  const sections: [string, Record<string, OptionSpec>][] = [
    ...(spec.options ? [["", spec.options] as [string, Record<string, OptionSpec>]] : []),
    // A command's own option of a group's name replaces the group's (its own default and help).
    ...spec.groups.map((g) => [g, withoutOwn(OPTION_GROUPS[g] as Record<string, OptionSpec>, spec.options)] as [string, Record<string, OptionSpec>]),
  ];
  const options: NonNullable<ParseArgsConfig["options"]> = {};
  for (const [, specs] of sections) {
    for (const [name, o] of Object.entries(specs)) {
      options[name] = { type: o.type, ...(o.default === undefined ? {} : { default: o.default }), ...(o.multiple ? { multiple: true } : {}) } as never;
    }
  }
  return { name: spec.name, summary: spec.summary, options, usage: usageText(spec, sections), run: spec.run };
}

function withoutOwn(group: Record<string, OptionSpec>, own: Record<string, OptionSpec> | undefined): Record<string, OptionSpec> {
  return own ? Object.fromEntries(Object.entries(group).filter(([name]) => !(name in own))) : group;
}

function usageText(spec: CommandSpec, sections: [string, Record<string, OptionSpec>][]): string {
  const flag = (name: string, o: OptionSpec) => `--${name}${o.arg ? ` ${o.arg}` : ""}`;
  const lines = [`discourse ${spec.name}${spec.positionals ? ` ${spec.positionals}` : ""}${spec.groups.includes("corpus") ? " --corpus DIR" : ""} [options]`, "", spec.about];
  const width = Math.max(...sections.flatMap(([, specs]) => Object.entries(specs).map(([n, o]) => flag(n, o).length)));
  for (const [title, specs] of sections) {
    lines.push("", `${title ? `${title} options` : "options"}:`);
    for (const [name, o] of Object.entries(specs)) {
      const fallback = o.default === undefined || o.default === false ? "" : ` (default ${o.default})`;
      lines.push(`  ${flag(name, o).padEnd(width)}  ${o.help}${fallback}`);
    }
  }
  return lines.join("\n");
}

/** The CLI flag of a library option path: options.minCount → --min-count. */
export function flagOf(field: string): string {
  const m = /^options\.(\w+)(.*)$/.exec(field);
  return m ? `--${m[1].replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}${m[2]}` : field;
}

export type { Values };
