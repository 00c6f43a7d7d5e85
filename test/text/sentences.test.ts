import { strict as assert } from "node:assert";
import { test } from "node:test";
import { seededRandom } from "../../src/analysis/stats/random";
import { sentenceStartsBetween, splitSentences } from "../../src/text/sentences";
import { wordSpans } from "../../src/text/words";

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

test("splits on . ! ? followed by a capital", () => {
  assert.deepEqual(split("Talks resumed. Did they help? Yes! Both sides agreed."), [
    "Talks resumed.",
    "Did they help?",
    "Yes!",
    "Both sides agreed.",
  ]);
});

test("survives U.S., Dr., initials and e.g.", () => {
  assert.deepEqual(split("The U.S. Treasury and Dr. Smith met J. K. Rowling in Washington. It went well."), [
    "The U.S. Treasury and Dr. Smith met J. K. Rowling in Washington.",
    "It went well.",
  ]);
  assert.deepEqual(split("Some states, e.g. France, agree. Others do not."), ["Some states, e.g. France, agree.", "Others do not."]);
});

test("a dotted acronym ends a sentence when the next word starts one", () => {
  assert.deepEqual(split("Beijing blamed the U.S. The U.S. denied it."), ["Beijing blamed the U.S.", "The U.S. denied it."]);
});

test("closing quotes stay with their sentence; a quoted question inside a sentence does not split", () => {
  assert.deepEqual(split('He said "we agree." Then he left.'), ['He said "we agree."', "Then he left."]);
  assert.deepEqual(split('"Why now?" she asked. Nobody knew.'), ['"Why now?" she asked.', "Nobody knew."]);
});

test("a paragraph break always ends a sentence; offsets point into the text", () => {
  const text = "A heading without a stop\n\nA body sentence. Another one.";
  const spans = splitSentences(text);
  assert.deepEqual(spans, [
    { start: 0, end: 24 },
    { start: 26, end: 42 },
    { start: 43, end: 55 },
  ]);
});

test("sentenceStartsBetween, from the gap alone, agrees with splitting the whole text", () => {
  // Words and gaps chosen for the splitter's edges: abbreviations, initials, dotted acronyms and the
  // words that start a sentence after them, digits, closing and opening quotes and brackets, runs
  // of terminators, line and paragraph breaks (one with spaces on the blank line).
  const words = ["the", "The", "U.S.", "U.S", "e.g.", "Dr.", "J.", "K.", "etc.", "It", "it", "1961", "we", "We", "China", "no.", "No.", "Mr", "a"];
  const gaps = [" ", " ", " ", ". ", "? ", "! ", "... ", '." ', '. "', ".) ", ". (", "?! ", "\n", "\n\n", "\n  \n", ".\n", ", ", " - ", "' ", ".' "];
  const r = seededRandom(11);
  let checked = 0;
  for (let n = 0; n < 300; n++) {
    let text = "";
    for (let i = 0; i < 40; i++) text += words[Math.floor(r() * words.length)] + gaps[Math.floor(r() * gaps.length)];
    const starts = splitSentences(text).map((s) => s.start);
    const spans = wordSpans(text);
    for (let k = 1; k < spans.length; k++) {
      const from = spans[k - 1].end;
      const to = spans[k].start;
      const expected = starts.some((s) => s >= from && s <= to);
      assert.equal(sentenceStartsBetween(text, from, to), expected, `${JSON.stringify(text.slice(Math.max(0, from - 12), to + 8))} in ${JSON.stringify(text)}`);
      checked++;
    }
  }
  assert.ok(checked > 10000);
});
