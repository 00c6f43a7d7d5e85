import { spawnSync } from "node:child_process";
import { DiscourseError } from "../errors";
import type { Figure } from "../charts/figure";
import { CJK } from "../corpus/language";

/** Whether any text of a figure (labels, titles, hover text) is Chinese, Japanese or Korean. */
export function hasCjkText(figure: Pick<Figure, "data" | "layout">): boolean {
  return CJK.test(JSON.stringify([figure.data, figure.layout]));
}

let available: boolean | undefined;

/**
 * Whether fontconfig (which Chromium draws its text with) has a font for Chinese. Asked once per
 * process; where `fc-list` cannot be run, the answer is yes, and Chromium decides.
 */
export function cjkFontInstalled(): boolean {
  if (available === undefined) {
    const r = spawnSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" });
    available = r.error ? true : r.stdout.trim() !== "";
  }
  return available;
}

/**
 * A one-line error, before anything is drawn, when a figure with Chinese, Japanese or Korean text
 * would be exported without a font for it: its labels would print as empty boxes.
 */
export function requireCjkFont(figure: Pick<Figure, "data" | "layout">, path: string): void {
  if (hasCjkText(figure) && !cjkFontInstalled()) {
    throw new DiscourseError(
      "the figure has Chinese, Japanese or Korean text and no font for it is installed, so it would print as empty boxes; install one (Debian/Ubuntu: sudo apt-get install fonts-noto-cjk) and export again",
      { file: path },
    );
  }
}
