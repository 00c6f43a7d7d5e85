import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { cpSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { termFrequency } from "../../src/analysis/frequency";
import { groupDocuments } from "../../src/corpus/corpus";
import { documentLanguage } from "../../src/corpus/language";
import { loadCorpus } from "../../src/corpus/load";
import { tokens } from "../../src/text/tokens";
import { CLI, tempDir } from "../helpers";

const FIXTURES = join(__dirname, "..", "fixtures");

/** English op-eds of the mixed fixture beside the two Chinese ones, and a French letter. */
function mixedLanguages(): string {
  const dir = tempDir();
  cpSync(join(FIXTURES, "chinese"), dir, { recursive: true });
  for (const f of ["dialogue.txt", "trust.md", "wuzhen-notes.md"]) cpSync(join(FIXTURES, "mixed", f), join(dir, f));
  writeFileSync(join(dir, "lettre.txt"), "Les relations entre la Chine et les États-Unis se sont détériorées, et le dialogue sur le cyberespace est au point mort depuis deux ans.\n");
  return dir;
}

test("each document's language is detected (or taken as stated) and groups like any field", () => {
  const c = loadCorpus(mixedLanguages());
  assert.deepEqual(
    c.documents.map((d) => [d.file, documentLanguage(d)]),
    [["2016-wuzhen.md", "zh"], ["2022-rivalry.md", "zh"], ["dialogue.txt", "en"], ["lettre.txt", "fr"], ["trust.md", "en"], ["wuzhen-notes.md", "en"]],
  );
  assert.deepEqual(groupDocuments(c, "language").map((g) => [g.group, g.documents.length]), [["en", 3], ["fr", 1], ["zh", 2]]);
  // The field a notebook reads: detected on first read, not part of the stated metadata.
  const zh = c.documents.find((d) => d.file === "2016-wuzhen.md")!;
  assert.equal(zh.meta.language, "zh");
  assert.ok(!("language" in JSON.parse(JSON.stringify(zh.meta))), "the content hash and tables see stated fields only");
  // A stated language wins: front matter, a manifest entry or a page's <html lang>.
  const dir = mixedLanguages();
  writeFileSync(join(dir, "corpus.json"), JSON.stringify({ name: "x", documents: [{ file: "lettre.txt", language: "fr-CA" }, { file: "trust.md", language: "de" }] }));
  const stated = loadCorpus(dir);
  assert.equal(documentLanguage(stated.documents.find((d) => d.file === "trust.md")!), "de");
  assert.equal(documentLanguage(stated.documents.find((d) => d.file === "lettre.txt")!), "fr");
});

test("discourse freq --by language separates the languages, streamed as in memory", () => {
  const dir = mixedLanguages();
  const r = spawnSync(process.execPath, [CLI, "freq", "--corpus", dir, "--by", "language", "--format", "json"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  const rows = JSON.parse(r.stdout) as { group: string; term: string }[];
  assert.deepEqual([...new Set(rows.map((x) => x.group))], ["en", "fr", "zh"]);
  assert.ok(rows.some((x) => x.group === "zh" && x.term === "网络空间"));
  assert.ok(!rows.some((x) => x.group === "en" && /\p{Script=Han}/u.test(x.term)));
  assert.deepEqual(rows, JSON.parse(JSON.stringify(termFrequency(tokens(loadCorpus(dir)), { by: "language" }))));
});

test("a comparison of two groups runs within one language unless asked otherwise, and says so", async () => {
  const { withinLanguage } = await import("../../src/studies/languages");
  const { compareGroups } = await import("../../src/studies/compareGroups");
  const { DiscourseError } = await import("../../src/errors");
  const dir = mixedLanguages();
  // Three English op-eds, two Chinese ones and a French letter, by year: 2016 and 2022 hold both
  // English and Chinese documents.
  const toks = tokens(loadCorpus(dir));
  const years = groupDocuments(toks.corpus, "year").map((g) => [g.group, g.documents.map((d) => documentLanguage(d)).join("+")]);
  assert.deepEqual(years, [["(none)", "fr"], ["2016", "zh+en"], ["2019", "en"], ["2022", "zh"], ["2023", "en"]]);
  const scope = withinLanguage(toks, { by: "year", a: "2016", b: "2023" });
  assert.deepEqual([scope.language, scope.mixed, scope.leftOut], ["en", true, 1]);
  assert.deepEqual(scope.toks.docs.map((d) => documentLanguage(d.doc)).filter((l) => l !== "en"), []);
  const across = withinLanguage(toks, { by: "year", a: "2016", b: "2023", language: "all" });
  assert.equal(across.toks, toks);
  // 2022 holds Chinese only: compared within English it has nothing, and the error says what to do.
  assert.throws(() => withinLanguage(toks, { by: "year", a: "2016", b: "2022", language: "en" }), (e: InstanceType<typeof DiscourseError>) =>
    /^options\.b: year = "2022" has no document in en, the language compared; compare across languages with language "all"/.test(e.toLine()));
  const study = compareGroups(toks, { by: "year", a: "2016", b: "2023" });
  assert.equal(study.language, "en");
  assert.match(study.reading[0], /^Compared within one language, en: 1 document\(s\) of 2016 and 2023 in other languages are left out\.$/);
  assert.ok(!study.keyness.some((r) => /\p{Script=Han}/u.test(r.term)), "no Chinese term in an English comparison");
});

test("English is told by its function words, so a foreign name does not make an English text foreign", () => {
  const doc = (text: string) => ({ meta: {}, text });
  // Openings of two Brown texts (cb04, cc14): tinyld alone reads them as Norwegian and German.
  const english = [
    "A shock wave from Africa Word of Dag Hammarskjold's death in an African plane crash has sent a shockwave around the globe. As head of the United Nations he was the symbol of world peace, and his tragic end came at a moment when peace hangs precariously. It was on the eve of a momentous U.N. session to come to grips with cold war issues.",
    "Elisabeth Schwarzkopf sang so magnificently Saturday night at Hunter College that it seems a pity to have to register any complaints. Still a demurrer or two must be entered.\n\nSchwarzkopf is, of course, Schwarzkopf. For style and assurance, for a supreme and regal bearing there is still no one who can touch her.",
  ];
  for (const text of english) assert.equal(documentLanguage(doc(text)), "en");
  // Languages that share short words with English ("in", "is", "a", "on"; Danish "at", "for", "to", "her"; Polish "to", "by") stay theirs.
  const others: [string, string][] = [
    ["nl", "Het overleg tussen Peking en Washington over cyberveiligheid is in 2016 begonnen, maar de gesprekken liggen sinds twee jaar stil. Volgens de minister is er geen vertrouwen meer tussen de twee landen en wordt het internet steeds vaker als wapen gezien."],
    ["de", "Die Gespräche zwischen Peking und Washington über die Sicherheit im Netz haben 2016 begonnen, doch seit zwei Jahren ist kein Treffen mehr zustande gekommen. In Berlin sieht man das mit Sorge, denn die Regeln für den Cyberraum werden ohne Europa geschrieben."],
    ["fr", "Les relations entre la Chine et les États-Unis se sont détériorées, et le dialogue sur le cyberespace est au point mort depuis deux ans. On a longtemps cru que le commerce suffirait à maintenir la confiance entre les deux pays, mais la rivalité technologique l'emporte désormais."],
    ["es", "Las conversaciones entre Pekín y Washington sobre la seguridad en internet comenzaron en 2016, pero desde hace dos años no se ha celebrado ninguna reunión. En Bruselas se observa con preocupación que las normas del ciberespacio se escriban sin Europa."],
    ["da", "Samtalerne mellem Beijing og Washington om sikkerhed på nettet begyndte i 2016, men det er ikke lykkedes at holde et møde i to år. Her i København ser man det med bekymring, for reglerne for cyberspace bliver skrevet uden Europa, og det er svært at se, hvem der vil tage initiativet."],
    ["pl", "Rozmowy między Pekinem a Waszyngtonem o bezpieczeństwie w sieci rozpoczęły się w 2016 roku, ale od dwóch lat nie doszło do żadnego spotkania. To niepokoi Brukselę, bo zasady cyberprzestrzeni są pisane bez Europy, a by to zmienić, trzeba by zacząć od nowa."],
    ["it", "I colloqui tra Pechino e Washington sulla sicurezza informatica sono iniziati nel 2016, ma da due anni non si tiene più alcun incontro. A Bruxelles si teme che le regole del cyberspazio vengano scritte senza l'Europa e che il commercio digitale ne paghi il prezzo."],
  ];
  for (const [language, text] of others) assert.equal(documentLanguage(doc(text)), language, text.slice(0, 30));
});
