import { strict as assert } from "node:assert";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { openPdf } from "../../src/corpus/pdfjs";

const FORMATS = join(__dirname, "..", "fixtures", "formats");

test("pdf.js opens a PDF and leaves the engine's own Array.prototype.push in place, its worker code loaded", async () => {
  const push = Array.prototype.push;
  const bytes = new Uint8Array(readFileSync(join(FORMATS, "geneva-restraint.pdf")));
  for (let round = 0; round < 2; round++) {
    const doc = await openPdf(bytes.slice());
    const page = await doc.getPage(1);
    const { items } = await page.getTextContent();
    assert.ok(items.some((item: { str: string }) => item.str.includes("restraint")), "the page's text is read");
    await doc.destroy();
    assert.equal(Array.prototype.push, push, `round ${round + 1}: push replaced`);
  }
  assert.equal(Object.getOwnPropertyDescriptor(Array.prototype, "push")?.enumerable, false);
});
