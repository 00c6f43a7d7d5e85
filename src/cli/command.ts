import type { ParseArgsConfig } from "node:util";

/** One `discourse` subcommand: its help text, its options (node's parseArgs form) and its action. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: NonNullable<ParseArgsConfig["options"]>;
  /** Runs with parsed option values; returns the exit code. */
  run(values: Record<string, string | boolean | string[] | undefined>, positionals: string[]): Promise<number> | number;
}
