import { strict as assert } from "node:assert";
import { test } from "node:test";
import { wordSpans } from "../../src/text/words";

const w = (t: string) => wordSpans(t).map((x) => x.text);

test("keeps hyphenated words, inner apostrophes, dotted abbreviations and alphanumerics", () => {
  assert.deepEqual(w("one-size-fits-all techno-nationalism China's COVID-19 U.S. e.g."), [
    "one-size-fits-all",
    "techno-nationalism",
    "China's",
    "COVID-19",
    "U.S.",
    "e.g.",
  ]);
});

test("drops punctuation, free-standing dashes and trailing apostrophes", () => {
  assert.deepEqual(w(`the US' effort - "shared by all"; (ICT), 50 years`), ["the", "US", "effort", "shared", "by", "all", "ICT", "50", "years"]);
});

test("offsets slice back to the word", () => {
  const t = "  Sino-US  cyber\ncooperation.";
  for (const s of wordSpans(t)) assert.equal(t.slice(s.start, s.end), s.text);
  assert.deepEqual(wordSpans(t).map((s) => s.start), [2, 11, 17]);
});
