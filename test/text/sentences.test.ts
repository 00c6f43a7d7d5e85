import { strict as assert } from "node:assert";
import { test } from "node:test";
import { splitSentences } from "../../src/text/sentences";

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
