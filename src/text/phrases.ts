import { words } from "./words";

/**
 * Multiword expressions counted as one term by default: names and fixed phrases of China–US and
 * cyberspace discourse that mean something other than their words apart ("united states" is not
 * about unity). Replace with your own list, or pass "none".
 */
export const defaultPhrases: readonly string[] = [
  "united states", "united nations", "xi jinping", "barack obama", "donald trump", "joe biden",
  "obama administration", "trump administration", "biden administration", "cyber sovereignty",
  "internet sovereignty", "cyberspace governance", "internet governance", "global governance",
  "world internet conference", "community of shared future", "shared future", "cold war",
  "zero-sum game", "mutual respect", "mutual trust", "win-win cooperation", "peaceful coexistence",
  "common ground", "security dilemma", "national security", "digital economy", "digital divide",
  "internet freedom", "public opinion", "information technology", "information and communications technology",
  "international community", "international rules", "cyber attacks", "cyber crimes", "law enforcement",
  "diplomatic relations", "bilateral relations", "think tank", "china daily", "apple pay",
  "china unionpay", "fudan university", "windows 10", "covid-19 pandemic", "climate change",
  "high-level joint dialogue",
];

export type PhrasesOption = "default" | "none" | readonly string[];

/** A phrase index: first word → phrases starting with it (as word arrays), longest first. */
export type PhraseIndex = Map<string, string[][]>;

/** The phrases an option lists. */
export function phraseList(option: PhrasesOption = "default"): readonly string[] {
  return option === "none" ? [] : option === "default" ? defaultPhrases : option;
}

export function phraseIndex(option: PhrasesOption = "default"): PhraseIndex {
  const list = new Set(phraseList(option));
  const index: PhraseIndex = new Map();
  for (const phrase of list) {
    const ws = words(phrase);
    if (ws.length < 2) continue; // a single word needs no joining
    if (!index.has(ws[0])) index.set(ws[0], []);
    index.get(ws[0])!.push(ws);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}
