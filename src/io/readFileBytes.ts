import { closeSync, openSync, readSync } from "node:fs";

/** Kept between calls and grown to the largest file read so far. */
let scratch = Buffer.allocUnsafe(1 << 16);

/**
 * A file's bytes, read into a buffer this thread reuses: valid only until its next call, so the
 * caller must decode them first. Counting reads thousands of files one after another, and a new
 * buffer for each is garbage to collect.
 */
export function readFileBytes(path: string): Buffer {
  const fd = openSync(path, "r");
  try {
    let length = 0;
    for (;;) {
      if (length === scratch.length) {
        const larger = Buffer.allocUnsafe(2 * scratch.length);
        scratch.copy(larger);
        scratch = larger;
      }
      const n = readSync(fd, scratch, length, scratch.length - length, null);
      if (n === 0) return scratch.subarray(0, length);
      length += n;
    }
  } finally {
    closeSync(fd);
  }
}
