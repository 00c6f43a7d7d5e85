import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { CLI, ROOT, folderHash, tempDir } from "../helpers";

// `discourse notebooks` on corpora other than the seeds: a mixed folder grouped by a custom field,
// and five years (trend charts). Needs Jupyter and the tslab kernel, as notebooks.test.ts.
const skip = process.env.DISCOURSE_SKIP_NOTEBOOKS === "1";
const FIXTURES = join(__dirname, "..", "fixtures");
const env = { ...process.env, PATH: `${join(ROOT, "node_modules", ".bin")}:${process.env.PATH}` };

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface Cell {
  source: string[];
  outputs?: { output_type: string; data?: Record<string, unknown>; ename?: string }[];
}

function cells(out: string, notebook: string): Cell[] {
  return JSON.parse(readFileSync(join(out, "notebooks", notebook), "utf8")).cells;
}

test("discourse notebooks runs every notebook on a mixed folder grouped by a custom field", { skip }, () => {
  const out = tempDir("dk-nbs-");
  const corpus = join(FIXTURES, "mixed");
  const before = folderHash(corpus);
  const r = run("notebooks", "--corpus", corpus, "--by", "period", "--out", out);
  assert.equal(r.code, 0, r.err + r.out);
  const kit = readdirSync(join(ROOT, "notebooks")).filter((f) => f.endsWith(".ipynb"));
  assert.equal(r.out.trim().split("\n").filter((l) => / ok$/.test(l)).length, kit.length, r.out);
  assert.deepEqual(readdirSync(join(out, "notebooks")).sort(), readdirSync(join(ROOT, "notebooks")).filter((f) => f.endsWith(".ipynb")).sort());
  const figures = readdirSync(join(out, "figures"));
  assert.ok(figures.includes("keyness.pdf") && figures.includes("02-framing-diff-1.svg"), figures.join(" "));
  // The parameters reached the notebooks: the documents table lists the page, grouped by period.
  const docs = JSON.stringify(cells(out, "01-term-frequency.ipynb")[2].outputs);
  assert.match(docs, /saved-page\.html/);
  assert.match(docs, /period/);
  const framing = JSON.stringify(cells(out, "02-framing-diff.ipynb").flatMap((c) => c.outputs ?? []));
  assert.match(framing, /early/);
  assert.doesNotMatch(framing, /\bcookies\b/);
  assert.equal(folderHash(corpus), before);
});

test("on five years the notebooks draw trend charts for terms, frames and actor stance", { skip }, () => {
  const out = tempDir("dk-nbs-");
  const r = run("notebooks", "--corpus", join(FIXTURES, "five-years"), "--out", out);
  assert.equal(r.code, 0, r.err + r.out);
  for (const [notebook, chart] of [["01-term-frequency.ipynb", "termTrendChart"], ["02-framing-diff.ipynb", "frameTrendChart"], ["03-actor-sentiment.ipynb", "actorTrendChart"]]) {
    const cell = cells(out, notebook).find((c) => c.source.join("").includes(chart))!;
    const plot = (cell.outputs ?? []).find((o) => o.data?.["application/vnd.plotly.v1+json"]);
    assert.ok(plot, `${notebook}: ${chart} shown`);
    const fig = plot!.data!["application/vnd.plotly.v1+json"] as { data: { x: string[] }[] };
    assert.deepEqual(fig.data[0].x, ["2016", "2017", "2018", "2019", "2020"], notebook);
  }
});

test("discourse notebooks names a bad group or corpus in one line before running anything", { skip }, () => {
  const out = tempDir("dk-nbs-");
  let r = run("notebooks", "--corpus", join(FIXTURES, "five-years"), "--a", "2030", "--b", "2020", "--out", out);
  assert.equal(r.code, 2);
  assert.equal(r.err, "discourse: --a: no group \"2030\" for --by year; groups: 2016, 2017, 2018, 2019, 2020\n");
  r = run("notebooks", "--corpus", join(FIXTURES, "nowhere"), "--out", out);
  assert.equal(r.code, 2);
  assert.match(r.err, /^discourse: .*nowhere: no such corpus folder\n$/);
  assert.deepEqual(readdirSync(out), []);
});

test("with --actors and --frames the notebooks speak of the loaded corpus: its actors, its frames, no China–US wording", { skip }, () => {
  const out = tempDir("dk-nbs-");
  const lexicons = join(FIXTURES, "eu-russia-lexicons");
  const r = run("notebooks", "--corpus", join(FIXTURES, "eu-russia"), "--actors", join(lexicons, "actors.yaml"), "--frames", join(lexicons, "frames.yaml"), "--out", out);
  assert.equal(r.code, 0, r.err + r.out);
  // What the outputs say: PNG bytes are no words, and a word is not part of a longer one, such as
  // Plotly's random hex ids in a static SVG ("trace2016ab").
  const outputs = (nb: string) =>
    cells(out, nb)
      .flatMap((c) => c.outputs ?? [])
      .map((o) => {
        const { "image/png": _png, ...data } = (o.data ?? o) as Record<string, unknown>;
        return Object.values(data)
          .map((v) => (typeof v === "string" ? v : JSON.stringify(v)))
          .join("\n")
          .replace(/<script[\s\S]*?<\/script>/g, "");
      })
      .join("\n");
  for (const nb of readdirSync(join(out, "notebooks"))) {
    const text = outputs(nb);
    for (const word of ["China", "Chinese", "United States", "Xi Jinping", "2016", "Sino-US"]) {
      assert.ok(!new RegExp(`(?<![\\w-])${word}(?![\\w-])`).test(text), `${nb} says "${word}"`);
    }
  }
  // Its own frames and actors: the registry's labels and the dictionary's frames appear.
  assert.match(outputs("02-framing-diff.ipynb"), /Energy dependence/);
  assert.match(outputs("02-framing-diff.ipynb"), /EU–Russia actors/);
  const actors = outputs("03-actor-sentiment.ipynb");
  assert.match(actors, /Russia/);
  assert.match(actors, /European Union/);
  // The commentary counts this corpus's documents (two per year), not one op-ed per year.
  assert.match(actors, /year = 2014 has 2 documents/);
  assert.match(run("notebooks", "--corpus", join(FIXTURES, "eu-russia"), "--actors", join(lexicons, "missing.yaml"), "--out", out).err, /missing\.yaml/);
});

/** A notebook for the tslab kernel with one code cell per source. */
function notebook(...sources: string[]): string {
  const cell = (source: string) => ({ cell_type: "code", metadata: {}, source, outputs: [], execution_count: null });
  return JSON.stringify({ cells: sources.map(cell), metadata: { kernelspec: { name: "tslab", display_name: "TypeScript", language: "typescript" } }, nbformat: 4, nbformat_minor: 5 });
}

test("a notebook whose cell fails is FAILED with the error's line, exit 1: tslab writes errors to stderr, not as error outputs", { skip }, () => {
  const folder = tempDir("dk-nbs-own-");
  writeFileSync(join(folder, "a-runs.ipynb"), notebook('console.log("fine");'));
  writeFileSync(join(folder, "b-throws.ipynb"), notebook("const rows = [1, 2];", 'if (rows.length < 3) throw new Error("the sheet has no column \\"date\\"");'));
  writeFileSync(join(folder, "c-type-error.ipynb"), notebook('const n: number = "twelve";'));
  const out = tempDir("dk-nbs-");
  const r = run("notebooks", "--corpus", join(FIXTURES, "five-years"), "--notebooks", folder, "--out", out);
  assert.equal(r.code, 1, r.err + r.out);
  const status = r.out.trim().split("\n").map((l) => l.replace(/^.*\d figures {2}/, ""));
  assert.deepEqual(status, ["ok", 'FAILED: Error: the sheet has no column "date"', "FAILED: 1:7 - Type 'string' is not assignable to type 'number'."]);
});
