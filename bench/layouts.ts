/**
 * Every layout the kit reads, written for the benchmark: Brown × N as text files or tables
 * (./brown.ts), as .txt files with typographic quotes, as Word files and PDFs (./officeFiles.ts),
 * and Chinese op-eds as .txt files.
 */
import { join } from "node:path";
import { writeFileAtomic } from "../dist/io/atomicWrite";
import { type BrownDoc, TEXT_LAYOUTS, type TextLayout, brownDocs, writeBrownCorpus, writeBrownManifest } from "./brown";
import { chineseCopy, chineseOpeds } from "./chineseOpeds";
import { docxFile, pdfFile } from "./officeFiles";

export const LAYOUTS = [...TEXT_LAYOUTS, "quotes", "pdf", "docx", "zh"] as const;
export type Layout = (typeof LAYOUTS)[number];

/** Chinese characters per scale unit: about those of one Brown × 1 in words. */
const CHINESE_CHARACTERS = 1_000_000;
/** Op-eds per Chinese file: about 2,000 characters, the length of a newspaper commentary. */
const OPEDS_PER_FILE = 12;

/** Writes the corpus of `layout` at `scale` into `dir`, with a corpus.json (a table needs none). */
export async function writeLayout(dir: string, scale: number, layout: Layout): Promise<{ files: number }> {
  if ((TEXT_LAYOUTS as readonly string[]).includes(layout)) return writeBrownCorpus(dir, scale, layout as TextLayout);
  if (layout === "zh") return writeChineseCorpus(dir, scale);
  if (layout === "quotes") return writeTypographicCorpus(dir, scale);
  const docs = brownDocs(scale, layout, true, dir);
  for (const d of docs) {
    const office = { title: d.id, author: "Brown corpus", date: "1961-01-01", paragraphs: d.text.trim().split(/\n\n/) };
    writeFileAtomic(join(dir, d.file), layout === "pdf" ? await pdfFile(office) : await docxFile(office));
  }
  writeBrownManifest(dir, docs as BrownDoc[], scale, layout);
  return { files: docs.length };
}

/**
 * Text as a word processor or a news site writes it: quotation marks and apostrophes typographic
 * (“ ” ’), so that no text is plain ASCII and each goes through the kit's Unicode normalisation, as
 * most op-eds a researcher saves do. Brown's own texts are ASCII.
 */
export const typographic = (text: string): string =>
  text.replace(/(^|[\s([{])"/g, "$1\u201c").replace(/"/g, "\u201d").replace(/'/g, "\u2019");

/** Brown × `scale` as `.txt` files with typographic quotes (`typographic`), with a corpus.json. */
function writeTypographicCorpus(dir: string, scale: number): { files: number } {
  const docs = brownDocs(scale, "txt", true, dir);
  for (const d of docs) writeFileAtomic(join(dir, d.file), typographic(d.text));
  writeBrownManifest(dir, docs, scale, "quotes");
  return { files: docs.length };
}

/**
 * Chinese op-eds of about `scale` million characters: the two of test/fixtures/chinese, copied
 * (`chineseCopy`), twelve to a file.
 */
function writeChineseCorpus(dir: string, scale: number): { files: number } {
  const fixtures = chineseOpeds();
  const perCopy = fixtures.reduce((n, d) => n + d.text.length, 0) / fixtures.length;
  const files = Math.ceil((scale * CHINESE_CHARACTERS) / (perCopy * OPEDS_PER_FILE));
  const documents = [];
  for (let f = 0; f < files; f++) {
    const opeds = Array.from({ length: OPEDS_PER_FILE }, (_, j) => {
      const k = f * OPEDS_PER_FILE + j + 1;
      return chineseCopy(fixtures[k % fixtures.length].text.trim(), k);
    });
    const file = `zh-${String(f + 1).padStart(5, "0")}.txt`;
    writeFileAtomic(join(dir, file), opeds.join("\n\n") + "\n");
    const source = fixtures[f % fixtures.length];
    documents.push({ id: file.replace(/\.txt$/, ""), file, title: `${source.title} (${f + 1})`, author: source.author, date: source.date, category: String(source.year) });
  }
  writeFileAtomic(join(dir, "corpus.json"), JSON.stringify({ name: `Chinese op-eds × ${scale}`, documents }));
  return { files };
}
