import { readFileSync } from "node:fs";
import { DiscourseError } from "../errors";

/**
 * The default stop words: the Snowball English list (Porter, snowball.tartarus.org), the list
 * quanteda and most text-analysis tools use, plus the contracted forms it lists.
 */
export const defaultStopwords: readonly string[] = [
  "i", "me", "my", "myself", "we", "our", "ours", "ourselves", "you", "your", "yours", "yourself",
  "yourselves", "he", "him", "his", "himself", "she", "her", "hers", "herself", "it", "its", "itself",
  "they", "them", "their", "theirs", "themselves", "what", "which", "who", "whom", "this", "that",
  "these", "those", "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had",
  "having", "do", "does", "did", "doing", "would", "should", "could", "ought", "i'm", "you're", "he's",
  "she's", "it's", "we're", "they're", "i've", "you've", "we've", "they've", "i'd", "you'd", "he'd",
  "she'd", "we'd", "they'd", "i'll", "you'll", "he'll", "she'll", "we'll", "they'll", "isn't",
  "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "don't", "didn't", "won't",
  "wouldn't", "shan't", "shouldn't", "can't", "cannot", "couldn't", "mustn't", "let's", "that's",
  "who's", "what's", "here's", "there's", "when's", "where's", "why's", "how's", "a", "an", "the",
  "and", "but", "if", "or", "because", "as", "until", "while", "of", "at", "by", "for", "with",
  "about", "against", "between", "into", "through", "during", "before", "after", "above", "below",
  "to", "from", "up", "down", "in", "out", "on", "off", "over", "under", "again", "further", "then",
  "once", "here", "there", "when", "where", "why", "how", "all", "any", "both", "each", "few", "more",
  "most", "other", "some", "such", "no", "nor", "not", "only", "own", "same", "so", "than", "too",
  "very", "will",
];

/** `"default"`, `"none"`, or an explicit list. */
export type StopwordsOption = "default" | "none" | readonly string[];

export function stopwordSet(option: StopwordsOption = "default"): Set<string> {
  if (option === "none") return new Set();
  if (option === "default") return new Set([...defaultStopwords, ...chineseStopwords()]);
  return new Set(option.map((w) => w.trim().toLowerCase()).filter(Boolean));
}

/**
 * Reads a word list: one entry per line, `#` starts a comment, blank lines ignored. Used for stop
 * word and phrase files.
 */
export function readWordList(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new DiscourseError("cannot read this file; give a text file with one entry per line", { file: path });
  }
  return text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*/, "").trim())
    .filter(Boolean);
}

let chinese: readonly string[] | undefined;

/**
 * The Chinese half of the default stop words: stopwords-iso's Chinese list (function words and
 * punctuation: 的, 是, 在, 我们…; none of the content words a frame or actor dictionary uses).
 */
export function chineseStopwords(): readonly string[] {
  chinese ??= (require("stopwords-iso") as Record<string, string[]>).zh;
  return chinese;
}
