import { closeSync, fstatSync, openSync, readSync } from "node:fs";

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
    // Grown to the file's size at once (a byte more, to see the end in one read): doubling from
    // 64 KB would copy a 50 MB table a dozen times over.
    const size = fstatSync(fd).size;
    if (size >= scratch.length) scratch = Buffer.allocUnsafe(size + 1);
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
