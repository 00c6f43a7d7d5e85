import { existsSync } from "node:fs";
import { DiscourseError } from "../errors";

// A file of its own, without the browser driver's types: the public API exports it, and every
// notebook's first cell would otherwise have TypeScript read playwright's declarations.
const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

/** The Chromium to drive: $CHROME_PATH, else the first system install found. Never downloads one. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new DiscourseError(`CHROME_PATH points to ${fromEnv}, which does not exist; fix it or unset it`, { field: "CHROME_PATH" });
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new DiscourseError(
      "figure export needs Chromium: install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROME_PATH to a Chrome/Chromium binary",
    );
  }
  return found;
}
