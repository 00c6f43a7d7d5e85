import { strict as assert } from "node:assert";
import { test } from "node:test";
import { parse } from "yaml";
import { actorMentions } from "../../../src/analysis/actors/actorMentions";
import { cleanName, initials, untitled } from "../../../src/analysis/actors/nameCandidates";
import { suggestActors, suggestedRegistry } from "../../../src/analysis/actors/suggestActors";
import { loadCorpus } from "../../../src/corpus/load";
import { ActorRegistrySchema } from "../../../src/lexicons/actorSchema";
import { SEEDS } from "../../helpers";

const EU_RUSSIA = "test/fixtures/eu-russia";
const corpus = loadCorpus(EU_RUSSIA);
const rows = suggestActors(corpus);
const row = (name: string) => rows.find((r) => r.name === name);

test("names are cleaned of what a tagger carries along", () => {
  assert.equal(cleanName("Russia's"), "Russia");
  assert.equal(cleanName("the Kremlin,"), "Kremlin");
  assert.equal(cleanName("“Brussels”."), "Brussels");
  assert.equal(untitled("President Emmanuel Macron"), "Emmanuel Macron");
  assert.equal(untitled("Foreign Minister Sergei Lavrov"), "Sergei Lavrov");
  assert.equal(initials("Organization for Security and Co-operation in Europe"), "OSCE");
  assert.equal(initials("European Union"), "EU");
  assert.equal(initials("International Monetary Fund"), "IMF");
});

test("on EU–Russia op-eds the main actors are found with their short forms, kinds and demonyms", () => {
  assert.equal(row("Russia")?.kind, "state");
  assert.deepEqual(row("Russia")?.demonyms, ["Russian"]);
  assert.deepEqual(row("European Union")?.aliases.sort(), ["EU", "European Union", "Union"]);
  assert.ok(row("International Monetary Fund")?.aliases.includes("IMF"), "an acronym defined in parentheses");
  assert.equal(row("Vladimir Putin")?.kind, "person");
  assert.ok(row("Kremlin"), "a name the tagger misses, repeated inside sentences");
  assert.ok(row("Gazprom"));
  assert.equal(row("European"), undefined, "a nationality word is not an actor");
  for (const r of rows) assert.ok(r.example.length > 0 && corpus.documents.some((d) => d.id === r.exampleDoc && d.text.replace(/\s+/g, " ").includes(r.example)));
});

test("mentions per group equal the name's occurrences, counted apart", () => {
  // "Russia" as a word (not "Russian"), per year, by regular expression on the texts.
  const count = (year: number) => corpus.documents.filter((d) => d.year === year).reduce((n, d) => n + [...d.text.matchAll(/\bRussia\b(?!n)/g)].length, 0);
  assert.deepEqual(row("Russia")!.groups, { "2014": count(2014), "2022": count(2022) });
  assert.equal(row("Russia")!.mentions, count(2014) + count(2022));
  for (let i = 1; i < rows.length; i++) assert.ok(rows[i - 1].mentions >= rows[i].mentions, "most mentioned first");
});

test("a surname joins its person, a headline's common noun is left out (the seeds)", () => {
  const seeds = suggestActors(loadCorpus(SEEDS));
  const xi = seeds.find((r) => r.name === "Xi Jinping")!;
  assert.deepEqual(xi.aliases.sort(), ["President Xi", "President Xi Jinping", "Xi", "Xi Jinping"]);
  assert.ok(seeds.find((r) => r.name === "United States")!.aliases.includes("US"));
  assert.equal(seeds.some((r) => ["Cyberspace", "Internet", "China-US"].includes(r.name)), false);
});

test("the YAML registry loads with the kit's schema and produces stance rows", () => {
  const yaml = require("yaml").stringify(suggestedRegistry(rows, corpus.name)) as string;
  const registry = ActorRegistrySchema.parse(parse(yaml));
  assert.equal(registry.collectiveWeight, 0, "a registry of one's own starts from the built-in defaults");
  const mentions = actorMentions(corpus, { actors: registry });
  const russia = mentions.filter((m) => m.actor === "russia");
  assert.ok(russia.some((m) => m.group === "2014") && russia.some((m) => m.group === "2022"));
  assert.ok(russia.every((m) => m.score !== null && m.sentenceText.length > 0));
});

test("a place is not taken for the short form of an organisation that ends with its name", () => {
  const osce = row("Organization for Security and Co-operation in Europe");
  if (osce) assert.deepEqual(osce.aliases.sort(), ["OSCE", "Organization for Security and Co-operation in Europe"]);
  assert.ok(row("Europe"), "Europe stays an actor of its own");
});

test("a title before an initial is no actor: Mrs. J. M. Cheshire does not make an actor J", async () => {
  const { nameCandidates } = await import("../../../src/analysis/actors/nameCandidates");
  // Society-page lines as a 1961 newspaper printed them (the Brown corpus's ca01).
  const text =
    "They have a son, William Berry Jr., and a daughter, Mrs. J. M. Cheshire of Griffin. " +
    "Dr. J. H. Parker spoke at the dinner. Mrs. J. M. Cheshire thanked the hosts, and Dr. J. H. Parker left early.";
  const names = nameCandidates(text).names.map((n) => n.name);
  assert.ok(!names.some((n) => n.length < 3), names.join(", "));
});

test("the tagger reads every sentence that may hold a name: one opening with a name, one with a name inside", async () => {
  const { nameCandidates } = await import("../../../src/analysis/actors/nameCandidates");
  // Lower-case throughout but for the names, so only the tagger can tell that Obama and Nairobi are names.
  const text = "Obama arrived late. the talks went on for hours. it was cold in the hall. the delegates flew on to Nairobi.";
  const found = nameCandidates(text).names.map((n) => `${n.name}:${n.kind}`);
  assert.ok(found.includes("Obama:person"), found.join(", "));
  assert.ok(found.some((n) => n.startsWith("Nairobi:")), found.join(", "));
});

test("a corpus the English tagger finds no names in gives no suggestions, not an error", () => {
  assert.deepEqual(suggestActors(loadCorpus("test/fixtures/chinese")), []);
});

test("past the tagger's budget, names are still counted in every document: a name found either way has the same mentions", () => {
  const corpus = loadCorpus(EU_RUSSIA);
  const all = suggestActors(corpus, { top: 50 });
  // One document's worth of words: the tagger reads the first document of one group only.
  const budget = suggestActors(corpus, { top: 50, taggedWords: 50 });
  assert.ok(budget.length > 0 && budget.length <= all.length, `${budget.length} of ${all.length}`);
  let shared = 0;
  for (const s of budget) {
    const full = all.find((x) => x.name === s.name);
    if (!full) continue;
    shared++;
    assert.equal(s.mentions, full.mentions, s.name);
    assert.deepEqual(s.groups, full.groups, s.name);
  }
  assert.ok(shared >= 3, `${shared} names found both ways`);
  // Initials and abbreviations are not names.
  assert.ok(all.every((s) => s.name.length >= 3 || /^\p{Lu}{2}$/u.test(s.name)), all.map((s) => s.name).join(", "));
});
