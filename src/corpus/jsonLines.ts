import { type ByteSource, FileWindow, wholeBytes } from "../io/fileWindow";
import { utf8Span, utf8Start } from "./decode";

/** A line of a JSON Lines file that is not an object: what is wrong with it. */
export class BadLine {
  constructor(readonly reason: string) {}
}

export type JsonLine = Record<string, unknown> | BadLine;

/**
 * The lines of a JSON Lines file held in memory as UTF-8 bytes (without a byte-order mark): text
 * already decoded, so its lines are not checked again. A character UTF-8 text files may not hold
 * (a NUL in a UTF-16 file) makes its line invalid JSON, a row skipped and named.
 */
export function jsonLinesOf(bytes: Buffer): Generator<JsonLine> {
  const source = wholeBytes(bytes);
  return parsedLines(source, lineSpans(source, 0, false)!);
}

/**
 * The lines of a UTF-8 JSON Lines file, read through a window, never whole; null when the file is
 * not UTF-8 text, for the caller to read it whole and decode it as any other file is. Every line is
 * checked before the first is parsed, so that the file is read one way or the other.
 */
export function jsonLinesFile(path: string, windowBytes?: number): Generator<JsonLine> | null {
  const window = new FileWindow(path, windowBytes);
  try {
    const from = utf8Start(window);
    const spans = from === null ? null : lineSpans(window, from, true);
    return spans && parsedLines(window, spans);
  } finally {
    window.close();
  }
}

/** Each non-empty line's start, end and number; with `check`, null when one is not UTF-8 text. */
function lineSpans(source: ByteSource, from: number, check: boolean): number[] | null {
  const spans: number[] = [];
  let line = 0;
  for (let at = from; ; ) {
    source.need(at, at + 1);
    if (at >= source.start + source.bytes.length) return spans;
    const lf = source.bytes.indexOf(0x0a, at - source.start);
    if (lf < 0 && !source.final) {
      // The window ended inside the line: read on from its start, with room for more.
      source.need(at, source.start + source.bytes.length + 1);
      continue;
    }
    const end = lf < 0 ? source.start + source.bytes.length : source.start + lf;
    line++;
    if (check && !utf8Span(source, at, end)) return null;
    if (end > at) spans.push(at, end, line);
    at = end + 1;
  }
}

/** Each non-blank line parsed as it is reached: an object, or what is wrong with it. */
function* parsedLines(checked: ByteSource, spans: number[]): Generator<JsonLine> {
  const source = checked.reopen();
  try {
    for (let k = 0; k < spans.length; k += 3) {
      source.need(spans[k], spans[k + 1]);
      const text = source.bytes.toString("utf8", spans[k] - source.start, spans[k + 1] - source.start);
      if (!text.trim()) continue;
      let v: unknown;
      try {
        v = JSON.parse(text);
      } catch (err) {
        yield new BadLine(`line ${spans[k + 2]} is not valid JSON (${(err as Error).message})`);
        continue;
      }
      yield typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : new BadLine(`line ${spans[k + 2]} is not an object`);
    }
  } finally {
    source.close();
  }
}
