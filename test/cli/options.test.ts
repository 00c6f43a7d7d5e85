import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { OPTION_GROUPS } from "../../src/cli/options";
import { CLI, MINI } from "../helpers";

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, DOTENV_CONFIG_QUIET: "true" } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const CORPUS_COMMANDS = ["corpus", "freq", "trends", "kwic", "keyness", "frames", "actors", "report", "notebooks"];

test("every command that reads a corpus takes the same corpus options, and its help lists each of its options", () => {
  for (const name of CORPUS_COMMANDS) {
    const help = run("help", name).out;
    for (const flag of Object.keys(OPTION_GROUPS.corpus)) assert.match(help, new RegExp(`--${flag}\\b`), `${name}: --${flag}`);
  }
  const keyness = run("keyness", "--help").out;
  for (const flag of ["a", "b", "stopwords", "phrases", "stem", "format", "min-count", "prior", "adjust", "williams", "ngram", "top"]) {
    assert.match(keyness, new RegExp(`--${flag}\\b`), `keyness help: --${flag}`);
  }
  assert.match(keyness, /--by FIELD\s+metadata field that makes the groups \(default year\)/);
});

test("an option a command would ignore is refused, naming it", () => {
  const r = run("frames", "--corpus", MINI, "--stem");
  assert.equal(r.code, 2);
  assert.match(r.err, /frames: Unknown option '--stem'/);
  assert.equal(r.err.trim().split("\n").length, 1, "one line");
  assert.equal(run("actors", "--corpus", MINI, "--phrases", "none").code, 2);
});

test("--a without --b says --b: missing, in every command that compares", () => {
  for (const name of ["keyness", "frames", "actors", "report", "notebooks"]) {
    const r = run(name, "--corpus", MINI, "--a", "2016");
    assert.equal(r.code, 2, `${name}: ${r.err}`);
    assert.match(r.err, /^discourse: --b: missing; pass --b VALUE/m, name);
    const other = run(name, "--corpus", MINI, "--b", "2022");
    assert.match(other.err, /^discourse: --a: missing; pass --a VALUE/m, name);
  }
});

test("keyness without --a/--b compares the first group with the last", () => {
  const implicit = run("keyness", "--corpus", MINI, "--format", "json");
  assert.equal(implicit.code, 0, implicit.err);
  assert.deepEqual(JSON.parse(implicit.out), JSON.parse(run("keyness", "--corpus", MINI, "--a", "2016", "--b", "2022", "--format", "json").out));
});

test("a library error names the option, and the command line names it as a flag", () => {
  const r = run("kwic", "--corpus", MINI, "--term", "/[/");
  assert.equal(r.code, 2);
  assert.match(r.err, /^discourse: --term: not a valid regular expression/);
  const k = run("keyness", "--corpus", MINI, "--a", "2016", "--b", "2016");
  assert.match(k.err, /^discourse: --b: A and B are the same group/);
});
