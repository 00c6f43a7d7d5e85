import { strict as assert } from "node:assert";
import { test } from "node:test";
import { progressReporter } from "../../src/cli/progress";

test("off a terminal, progress prints a line each time the count passes a multiple, even in jumps", () => {
  const lines: string[] = [];
  const stream = { isTTY: false, write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream;
  const report = progressReporter("freq", { stream, every: 1000 });
  // Workers report chunks: the count goes 0 → 300 → 700 → 1100 → 2500 → 3000, never hitting 1000 or 2000.
  for (const files of [300, 700, 1100, 2500, 3000]) report(files, 3000, files * 2000);
  assert.deepEqual(lines.map((l) => l.match(/^freq: (\d+)\/3000 files/)?.[1]), ["1100", "2500", "3000"]);
  assert.match(lines[2], /6\.0M tokens, .* s\n$/);
});

test("small jobs print nothing", () => {
  const lines: string[] = [];
  const stream = { isTTY: false, write: (s: string) => lines.push(s) } as unknown as NodeJS.WriteStream;
  const report = progressReporter("freq", { stream });
  for (let f = 1; f <= 50; f++) report(f, 50, f * 100);
  assert.equal(lines.length, 0);
});
