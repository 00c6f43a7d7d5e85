import { strict as assert } from "node:assert";
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { test } from "node:test";

// The layers of src/ point one way, and the speed machinery in src/engine/ stays behind the few
// entry points that need it (README, "Layout").

const SRC = resolve(__dirname, "../../src");

/** Each folder of src/ and the rank of its layer: a module may import only from ranks ≤ its own. */
const LAYERS: Record<string, number> = {
  "errors.ts": 0, "progress.ts": 0, io: 0,
  corpus: 1,
  lexicons: 1.5, // data, read with the corpus's validator; text folds the actors' aliases
  text: 2,
  analysis: 4,
  studies: 5,
  charts: 6,
  export: 7,
  notebook: 8,
  cli: 9, build: 9, "index.ts": 9,
};

/** The only modules outside src/engine/ that may import it: the token and counting entry points. */
const ENGINE_ENTRY_POINTS = new Set([
  "text/tokens.ts", // tokens(): the scanner behind the token rule
  "cli/freq.ts", // discourse freq: the streamed count and its CSV writer
  "cli/main.ts", // discourse freq: its count workers started as the command starts
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** The src-relative paths a module imports (import, export … from, require). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:from\s+|require\()\s*"(\.{1,2}\/[^"]+)"/g)].map((m) => m[1]);
  return specs.map((s) => relative(SRC, resolve(dirname(file), s)));
}

const top = (path: string) => (path.includes("/") ? path.split("/")[0] : path.endsWith(".ts") ? path : `${path}.ts`);

const modules = sourceFiles(SRC).map((f) => ({ path: relative(SRC, f), imports: importsOf(f) }));

test("only the token and counting entry points import src/engine/", () => {
  const offenders = modules
    .filter((m) => !m.path.startsWith("engine/") && !ENGINE_ENTRY_POINTS.has(m.path))
    .flatMap((m) => m.imports.filter((i) => i.startsWith("engine/")).map((i) => `${m.path} imports ${i}`));
  assert.deepEqual(offenders, []);
});

test("no module imports from a higher layer", () => {
  const offenders: string[] = [];
  for (const m of modules) {
    const from = top(m.path);
    if (from === "engine") continue;
    assert.ok(from in LAYERS, `${m.path}: folder ${from} has no layer in this test`);
    for (const i of m.imports) {
      const to = top(i);
      if (to !== "engine" && LAYERS[to] > LAYERS[from]) offenders.push(`${m.path} imports ${i}`);
    }
  }
  assert.deepEqual(offenders, []);
});

test("the check sees imports: this test's own patterns find a known import", () => {
  const tokens = modules.find((m) => m.path === "text/tokens.ts")!;
  assert.ok(tokens.imports.some((i) => i.startsWith("engine/")), "text/tokens.ts imports the scanner");
});

test("every source file the README's Layout section names exists", () => {
  const readme = readFileSync(resolve(SRC, "../README.md"), "utf8");
  const layout = readme.slice(readme.indexOf("## Layout"));
  const named = [...layout.matchAll(/`(src\/[\w/]+\.ts)`/g)].map((m) => m[1]);
  assert.ok(named.length >= 30, `${named.length} files named`);
  const missing = named.filter((p) => !modules.some((m) => `src/${m.path}` === p));
  assert.deepEqual(missing, []);
});
