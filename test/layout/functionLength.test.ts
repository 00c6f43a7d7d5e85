import { strict as assert } from "node:assert";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { test } from "node:test";
import ts from "typescript";

// A function a newcomer can read at once: none in src/ is longer than 80 lines.
const SRC = resolve(__dirname, "../../src");
const MAX_LINES = 80;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

/** Every function, method and arrow function with a body, and its length in lines. */
function functionLengths(file: string): { name: string; line: number; lines: number }[] {
  const sf = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const out: { name: string; line: number; lines: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const first = sf.getLineAndCharacterOfPosition(node.getStart()).line;
      const last = sf.getLineAndCharacterOfPosition(node.end).line;
      const name = "name" in node && node.name ? (node.name as ts.Node).getText() : "(anonymous)";
      out.push({ name, line: first + 1, lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

test(`no function in src/ is over ${MAX_LINES} lines`, () => {
  const long = sourceFiles(SRC).flatMap((f) =>
    functionLengths(f).filter((fn) => fn.lines > MAX_LINES).map((fn) => `${relative(SRC, f)}:${fn.line} ${fn.name} (${fn.lines} lines)`),
  );
  assert.deepEqual(long, []);
});

test("the length check counts a long function as long", () => {
  const file = join(__dirname, "functionLength.test.ts");
  assert.ok(functionLengths(file).some((fn) => fn.name === "functionLengths" && fn.lines > 10));
});
