/**
 * Chinese has no spaces between words: a run of Han characters is cut into words by jieba
 * (@node-rs/jieba, its own dictionary plus the kit's Chinese multiword list and the user's
 * dictionary), with its HMM for words the dictionary lacks. Latin words inside Chinese text ("ICT",
 * "5G", "TikTok") stay words of their own: a word of mixed scripts is first cut where the script
 * changes.
 */
import { WORD } from "./words";

/** Chinese terms kept whole, beside jieba's dictionary (the Chinese side of ./phrases.ts). */
export const chineseTerms = [
  "网络空间", "网络安全", "网络主权", "人类命运共同体", "网络空间命运共同体", "乌镇", "世界互联网大会",
  "数字威权主义", "数字经济", "中美关系", "华为", "中兴", "字节跳动", "习近平", "拜登", "特朗普", "奥巴马", "美方", "中方",
  "互信", "打压", "脱钩", "遏制", "冷战思维", "零和博弈", "合作共赢", "互利共赢", "相互尊重", "和平共处",
];

const HAN = /\p{Script=Han}/u;
const HAN_RUNS = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;

/** Whether `text[s, e)` holds a Han character (a quick test on code units first: Han starts at U+2E80). */
export function hasHan(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x2e80 && HAN.test(text.slice(i, Math.min(e, i + 2)))) return true;
  }
  return false;
}

type Segmenter = { cut(text: string, hmm?: boolean): string[] };
const segmenters = new Map<string, Segmenter>();

/** A jieba with the kit's terms and `words` added, made once per word list (loading takes ~0.2 s). */
function segmenter(words: readonly string[]): Segmenter {
  const key = words.join("\n");
  let s = segmenters.get(key);
  if (!s) {
    const { Jieba } = require("@node-rs/jieba") as typeof import("@node-rs/jieba");
    const { dict } = require("@node-rs/jieba/dict") as { dict: Uint8Array };
    const jieba = Jieba.withDict(dict);
    // A frequency high enough that the term wins over its parts.
    jieba.loadDict(Buffer.from([...chineseTerms, ...words].map((w) => `${w.trim()} 1000000`).join("\n")));
    segmenters.set(key, (s = jieba));
  }
  return s;
}

/**
 * The words of a word `text[s, e)` (as `WORD` matches it) that holds Han characters, as offsets
 * into `text`: its runs of Han cut by jieba, its other runs ("5G") as they are. With `fold`
 * (Traditional to Simplified), a run is cut as folded, when folding keeps its length (OpenCC's
 * Traditional to Simplified tables do, but for a few phrases): jieba's dictionary is Simplified.
 */
export function segmentWord(
  text: string,
  s: number,
  e: number,
  dictionary: readonly string[] = [],
  fold?: (text: string) => string,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const word = text.slice(s, e);
  for (const run of word.matchAll(HAN_RUNS)) {
    const at = s + run.index!;
    if (!HAN.test(run[0])) {
      // "5G", "COVID-19": the other run's own words (a stray hyphen or apostrophe is no word).
      for (const m of run[0].matchAll(WORD)) out.push({ start: at + m.index!, end: at + m.index! + m[0].length });
      continue;
    }
    let offset = at;
    const folded = fold?.(run[0]);
    const cut = folded !== undefined && folded.length === run[0].length ? folded : run[0];
    for (const piece of segmenter(dictionary).cut(cut, true)) {
      out.push({ start: offset, end: offset + piece.length });
      offset += piece.length;
    }
  }
  return out;
}
