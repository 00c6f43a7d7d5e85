import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { termFrequency } from "../../src/analysis/frequency";
import type { Figure } from "../../src/charts/figure";
import { frequencyChart } from "../../src/charts/frequencyChart";
import { themeLayout } from "../../src/charts/theme";
import { loadCorpus } from "../../src/corpus/load";
import { FigureExporter } from "../../src/export/exportFigure";
import { tokens } from "../../src/text/tokens";
import { CLI, tempDir } from "../helpers";

// Chinese tick labels drawn with the machine's fonts, and again with fontconfig shown only DejaVu
// (no CJK font): the glyphs must be drawn, and the export must refuse the font-less machine.
const CHINESE = join(__dirname, "..", "fixtures", "chinese");
const figure = frequencyChart(termFrequency(tokens(loadCorpus(CHINESE)), { by: "year", top: 6 }), { by: "year", top: 6, preset: "paper" });

/** A fontconfig that knows only DejaVu: Chinese has no font there. */
function fontconfigWithoutCjk(): string {
  const dir = tempDir();
  const file = join(dir, "fonts.conf");
  writeFileSync(file, `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>${dir}/cache</cachedir></fontconfig>`);
  return file;
}

/** Dark pixels of a PNG, counted in Chromium: ink of bars, axes and glyphs. */
async function ink(exporter: FigureExporter, png: Buffer): Promise<number> {
  const page = (exporter as unknown as { plotPage: import("playwright-core").Page }).plotPage;
  return page.evaluate(async (src) => {
    const img = new Image();
    img.src = src;
    await img.decode();
    const canvas = document.createElement("canvas");
    [canvas.width, canvas.height] = [img.width, img.height];
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 200 && data[i + 3] > 0) n++;
    return n;
  }, `data:image/png;base64,${png.toString("base64")}`);
}

/** Chinese words in the kit's theme and nothing else: where glyphs and boxes differ most. */
const words: Figure = {
  data: [],
  layout: { ...themeLayout({ preset: "paper" }), title: { text: "中美关系 网络空间 合作共赢 打压" }, xaxis: { visible: false }, yaxis: { visible: false } },
};

async function render(env: string | undefined, fig: Figure = figure): Promise<{ png: Buffer; ink: number }> {
  const saved = process.env.FONTCONFIG_FILE;
  if (env) process.env.FONTCONFIG_FILE = env;
  try {
    const exporter = await FigureExporter.open();
    try {
      const png = await exporter.png(fig, 336, 300, 2);
      return { png, ink: await ink(exporter, png) };
    } finally {
      await exporter.close();
    }
  } finally {
    if (saved === undefined) delete process.env.FONTCONFIG_FILE;
    else process.env.FONTCONFIG_FILE = saved;
  }
}

test("Chinese tick labels are drawn as glyphs, not the empty boxes a machine without a CJK font draws", { skip: !existsSync("/usr/share/fonts/truetype/dejavu") && "no DejaVu fonts to compare with" }, async () => {
  const noCjk = fontconfigWithoutCjk();
  const chart = [await render(undefined), await render(noCjk)];
  assert.ok(!chart[0].png.equals(chart[1].png), "the chart's two renders differ");
  // 中美关系, 网络空间… in strokes hold far more ink than the boxes that stand in for them.
  const title = [await render(undefined, words), await render(noCjk, words)];
  assert.ok(title[0].ink > title[1].ink * 1.5, `ink with the font ${title[0].ink}, without ${title[1].ink}`);
});

test("exporting Chinese labels on a machine without a CJK font stops with the line that says what to install", () => {
  const out = tempDir();
  const r = spawnSync(process.execPath, [CLI, "report", "--corpus", CHINESE, "--out", out, "--formats", "png"], {
    encoding: "utf8",
    env: { ...process.env, FONTCONFIG_FILE: fontconfigWithoutCjk(), DOTENV_CONFIG_QUIET: "true" },
  });
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /no font for it is installed, so it would print as empty boxes; install one \(Debian\/Ubuntu: sudo apt-get install fonts-noto-cjk\)/);
});
