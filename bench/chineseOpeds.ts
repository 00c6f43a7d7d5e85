/** Chinese op-eds for the benchmark: the two of test/fixtures/chinese, copied as often as a scale needs. */
import { join } from "node:path";
import type { Document } from "../dist/corpus/corpus";
import { loadCorpus } from "../dist/corpus/load";

export const CHINESE_FIXTURES = join(__dirname, "..", "test", "fixtures", "chinese");

/** The fixtures' op-eds, loaded as the kit loads them. */
export function chineseOpeds(): Document[] {
  return loadCorpus(CHINESE_FIXTURES).documents;
}

/** Copy `k` (from 1) of an op-ed, opened by a numbered sentence of its own: no two copies are the same text. */
export function chineseCopy(text: string, k: number): string {
  return `第${k}篇评论指出，双方在第${k}轮对话中取得进展。\n\n${text}`;
}
