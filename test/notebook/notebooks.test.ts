import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ROOT, tempDir } from "../helpers";

// Executes every notebook headless with the tslab kernel, as a researcher's "Run all" would, and
// fails on any error, any stream output (banners, warnings) or a slow run. Needs Jupyter and the
// tslab kernel (see README, "Prerequisites"); DISCOURSE_SKIP_NOTEBOOKS=1 skips them knowingly.
const NOTEBOOKS = join(ROOT, "notebooks");
const NOISE = /dotenv|injected env|Hi there|warn|deprecat|banner|tip:/i;
const skip = process.env.DISCOURSE_SKIP_NOTEBOOKS === "1";

interface Output {
  output_type: string;
  name?: string;
  text?: string[];
  ename?: string;
  evalue?: string;
  data?: Record<string, unknown>;
}

for (const file of readdirSync(NOTEBOOKS).filter((f) => f.endsWith(".ipynb")).sort()) {
  test(`notebook ${file} executes headless, cleanly, in under 30 s`, { skip }, () => {
    const out = tempDir("dk-nb-");
    const started = Date.now();
    const r = spawnSync(
      "jupyter",
      ["nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.timeout=120", "--output-dir", out, join(NOTEBOOKS, file)],
      { encoding: "utf8", env: { ...process.env, DISCOURSE_FIGURES: join(out, "figures"), PATH: `${join(ROOT, "node_modules", ".bin")}:${process.env.PATH}` } },
    );
    const seconds = (Date.now() - started) / 1000;
    if (r.error) assert.fail(`cannot run jupyter (${r.error.message}); install it as the README says`);
    assert.equal(r.status, 0, r.stderr.slice(-3000));
    const nb = JSON.parse(readFileSync(join(out, file), "utf8"));
    const outputs: Output[] = nb.cells.flatMap((c: { outputs?: Output[] }) => c.outputs ?? []);
    const errors = outputs.filter((o) => o.output_type === "error").map((o) => `${o.ename}: ${o.evalue}`);
    assert.deepEqual(errors, [], "error outputs");
    const streams = outputs.filter((o) => o.output_type === "stream").map((o) => (o.text ?? []).join(""));
    assert.deepEqual(streams.filter((s) => NOISE.test(s) || /stderr/.test(s)), [], "noise in outputs");
    const stderr = outputs.filter((o) => o.output_type === "stream" && o.name === "stderr");
    assert.deepEqual(stderr, [], "stderr output");
    const bundles = outputs.filter((o) => o.data);
    assert.ok(bundles.length > 0, "the notebook shows results");
    for (const o of bundles) {
      const html = String(o.data!["text/html"] ?? "");
      assert.ok(!/<script[^>]+src=["']https?:/i.test(html), "no CDN scripts");
    }
    if (/"application\/vnd\.plotly\.v1\+json"/.test(JSON.stringify(nb))) {
      assert.ok(bundles.some((o) => String(o.data!["text/html"] ?? "").includes("Plotly.newPlot")), "charts render as HTML too");
    }
    assert.ok(seconds < 30, `took ${seconds.toFixed(1)} s`);
  });
}
