#!/usr/bin/env node
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { DiscourseError } from "../errors";
import type { Command } from "./command";
import { flagOf } from "./options";

/**
 * Subcommands load on demand so `discourse --help` stays fast. `prestart` begins work that does not
 * wait for the command's modules: `freq` starts its count workers (a worker per other core, as it
 * would), so they boot while the command loads and lists the folder.
 */
const commands: Record<string, { summary: string; load: () => Command; prestart?: (args: string[]) => void }> = {
  corpus: { summary: "what a corpus folder holds: documents, metadata, tokens, groups, warnings", load: () => require("./corpus").corpusCommand },
  add: { summary: "copy op-eds into a corpus folder and record them in its corpus.json", load: () => require("./add").addCommand },
  freq: {
    summary: "term frequency per group",
    load: () => require("./freq").freqCommand,
    prestart: (args) => {
      // With --workers the user chose the threads: the pool starts them itself.
      if (!args.some((a) => a.startsWith("--workers"))) require("../engine/countPool").prestartCountWorkers(availableParallelism() - 1);
    },
  },
  trends: { summary: "term rates in every group, in order, with bootstrap CIs", load: () => require("./trends").trendsCommand },
  collocations: { summary: "collocates of a node word per group, and which gained or lost between two", load: () => require("./collocations").collocationsCommand },
  dfm: { summary: "the document-feature matrix as Matrix Market for R and Python", load: () => require("./dfm").dfmCommand },
  kwic: { summary: "keyword in context for a term, phrase, glob or /regex/", load: () => require("./kwic").kwicCommand },
  keyness: { summary: "key terms of group A vs group B with G², effect sizes and exact p-values", load: () => require("./keyness").keynessCommand },
  frames: { summary: "frame prevalence per group with bootstrap CIs; A-B differences", load: () => require("./frames").framesCommand },
  actors: { summary: "stance toward named actors per group with bootstrap CIs; A-B change", load: () => require("./actors").actorsCommand },
  targets: { summary: "stance toward a given target in each sentence of a .jsonl file", load: () => require("./targets").targetsCommand },
  "eval-targets": { summary: "accuracy, macro-F1 and confusion matrices of target sentiment vs a baseline", load: () => require("./evalTargets").evalTargetsCommand },
  "fit-targets": { summary: "fit the target-sentiment model on NewsMTSC (train, tuned on dev)", load: () => require("./fitTargets").fitTargetsCommand },
  notebooks: { summary: "execute every notebook headless on a corpus; save executed copies and figures", load: () => require("./notebooks").notebooksCommand },
  report: { summary: "full analysis as an offline HTML report and CSV tables", load: () => require("./report").reportCommand },
};

function mainHelp(): string {
  const width = Math.max(...Object.keys(commands).map((k) => k.length));
  return (
    "discourse: compare political discourse across time\n\n" +
    "usage: discourse <command> [options]     discourse help <command>\n\ncommands:\n" +
    Object.entries(commands)
      .map(([k, c]) => `  ${k.padEnd(width)}  ${c.summary}`)
      .join("\n") +
    "\n"
  );
}

function fail(message: string): number {
  process.stderr.write(`discourse: ${message}\n`);
  return 2;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? rest[0] : undefined;
    if (topic && commands[topic]) {
      process.stdout.write(commands[topic].load().usage + "\n");
      return 0;
    }
    process.stdout.write(mainHelp());
    return name ? 0 : 1;
  }
  const entry = commands[name];
  if (!entry) return fail(`unknown command "${name}"; run "discourse --help" for the list`);
  const help = rest.includes("--help") || rest.includes("-h");
  if (!help) entry.prestart?.(rest);
  const command = entry.load();
  if (help) {
    process.stdout.write(command.usage + "\n");
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  } catch (err) {
    return fail(`${name}: ${(err as Error).message.split("\n")[0]}; run "discourse help ${name}"`);
  }
  try {
    return await command.run(parsed.values as Record<string, string | boolean | undefined>, parsed.positionals);
  } catch (err) {
    // A DiscourseError is the user's to fix: one line, no stack. Anything else is a bug.
    if (err instanceof DiscourseError) {
      // The library names its options as options.minCount; here they are flags (--min-count).
      return fail([err.file, err.field && flagOf(err.field), err.detail].filter(Boolean).join(": "));
    }
    if (process.env.DISCOURSE_DEBUG) throw err;
    return fail(`${name} failed: ${(err as Error).message} (set DISCOURSE_DEBUG=1 for the stack)`);
  }
}

if (require.main === module) {
  // EPIPE: the reader (head, less) closed the pipe; that is not an error.
  process.stdout.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code === "EPIPE") process.exit(0);
  });
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
