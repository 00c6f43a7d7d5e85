/**
 * Build step after tsc:
 * - dist/vendor/plotly.min.js: plotly.js from the installed plotly.js-dist package minified with
 *   esbuild (4.8 MB instead of 10 MB), so reports and notebook outputs that inline it stay small;
 *   skipped when the copy is newer than the package;
 * - dist/lexicons/*.json: the data files (the fitted target model) next to the code that reads them.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../io/atomicWrite";

const dist = join(__dirname, "..");
const source = require.resolve("plotly.js-dist");
const target = join(dist, "vendor", "plotly.min.js");

if (!existsSync(target) || statSync(target).mtimeMs < statSync(source).mtimeMs) {
  // esbuild is a build-time (dev) dependency; at run time the kit falls back to the full file.
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const esbuild = require("esbuild") as typeof import("esbuild");
  const { code } = esbuild.transformSync(readFileSync(source, "utf8"), { minify: true, legalComments: "none" });
  const license = "/*! plotly.js (plotly.js-dist) | MIT License | Copyright Plotly, Inc. */\n";
  mkdirSync(join(dist, "vendor"), { recursive: true });
  writeFileAtomic(target, license + code);
}

const lexicons = join(dist, "..", "src", "lexicons");
mkdirSync(join(dist, "lexicons"), { recursive: true });
for (const f of readdirSync(lexicons).filter((f) => f.endsWith(".json"))) copyFileSync(join(lexicons, f), join(dist, "lexicons", f));
