import { strict as assert } from "node:assert";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { ROOT } from "../helpers";

// A notebook's first cell imports the built kit, and tslab has TypeScript read every declaration
// file the public API reaches, packages' included. The browser driver's declarations (playwright-core,
// some 50,000 lines) would be read for one exported helper; the figure exporter keeps them to itself.

/** The packages the declarations reachable from `entry` import, with the files walked. */
function reachedPackages(entry: string): { packages: Set<string>; files: number } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:from\s+|import\()\s*"([^"]+)"/g)) {
      const spec = m[1];
      if (!spec.startsWith(".")) {
        packages.add(spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]);
        continue;
      }
      const base = resolve(dirname(file), spec);
      const next = [`${base}.d.ts`, join(base, "index.d.ts")].find((p) => existsSync(p));
      if (next) walk(next);
    }
  };
  walk(entry);
  return { packages, files: seen.size };
}

test("the public API's declarations do not reach the browser driver's", () => {
  const { packages, files } = reachedPackages(join(ROOT, "dist", "index.d.ts"));
  assert.ok(files > 50 && packages.has("zod"), `the walk follows the declarations (${files} files; ${[...packages].join(", ")})`);
  assert.ok(!packages.has("playwright-core"), [...packages].join(", "));
});

test("the walk sees the browser driver's declarations where they are imported", () => {
  assert.ok(reachedPackages(join(ROOT, "dist", "export", "browser.d.ts")).packages.has("playwright-core"));
});
