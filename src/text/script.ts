/**
 * Traditional Chinese folded into Simplified (OpenCC's character and phrase tables, by opencc-js),
 * so that op-eds from Taiwan and Hong Kong count with mainland ones: 網絡空間 is 网络空间. Only the
 * terms are folded; offsets point into the text as written, which KWIC shows.
 */
export type ScriptOption = "as-written" | "simplified";

let convert: ((text: string) => string) | undefined;

/** `text` in Simplified characters (a Simplified or Latin text comes back as it is). */
export function toSimplified(text: string): string {
  if (!convert) {
    const OpenCC = require("opencc-js") as typeof import("opencc-js");
    convert = OpenCC.Converter({ from: "t", to: "cn" });
  }
  return convert(text);
}

/** The folding of a token option: none, or to Simplified. */
export function scriptFolding(script: ScriptOption): ((text: string) => string) | undefined {
  return script === "simplified" ? toSimplified : undefined;
}
