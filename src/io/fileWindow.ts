import { closeSync, fstatSync, openSync, readSync } from "node:fs";

/** Bytes read forward through a window: a file's, or bytes held whole. */
export interface ByteSource {
  bytes: Buffer;
  start: number;
  readonly final: boolean;
  need(from: number, to: number): void;
  /** The same bytes from the start again: a file opened anew, or bytes held whole as they are. */
  reopen(): ByteSource;
  close(): void;
}

/** Bytes held whole, as a window that already holds everything. */
export function wholeBytes(bytes: Buffer): ByteSource {
  const source: ByteSource = { bytes, start: 0, final: true, need() {}, reopen: () => source, close() {} };
  return source;
}

/**
 * A file read forward through one buffer: `bytes` holds the file's bytes from `start`, and `need`
 * moves and fills it so that it holds a wanted span, growing it only for a span longer than itself.
 * A large table is read this way, a span at a time, so that its bytes are never held whole: memory
 * the process touches for the first time is what reading a large file costs most on a virtual
 * machine, and a reused buffer is touched once.
 */
export class FileWindow implements ByteSource {
  /** The file's bytes from `start`; valid up to `bytes.length`. */
  bytes: Buffer;
  start = 0;
  /** The file's size, or where its bytes ended when it was found shorter. */
  size: number;
  private buffer: Buffer;
  private readonly fd: number;

  /** `bufferBytes`: the buffer's first size (a test's small window crosses every kind of boundary). */
  constructor(
    private readonly path: string,
    private readonly bufferBytes = 1 << 20,
  ) {
    this.fd = openSync(path, "r");
    this.size = fstatSync(this.fd).size;
    this.buffer = Buffer.allocUnsafe(Math.max(1, Math.min(bufferBytes, this.size)));
    this.bytes = this.buffer.subarray(0, 0);
  }

  /** Whether the window reaches the end of the file. */
  get final(): boolean {
    return this.start + this.bytes.length >= this.size;
  }

  /**
   * Makes the window hold bytes [from, to) of the file (`to` past the end means to the end), and as
   * many after them as the buffer has room for.
   */
  need(from: number, to: number): void {
    const end = Math.min(to, this.size);
    if (from >= this.start && end <= this.start + this.bytes.length) return;
    if (end - from > this.buffer.length) {
      const larger = Buffer.allocUnsafe(Math.max(end - from, 2 * this.buffer.length));
      this.keep(from, larger);
      this.buffer = larger;
    } else this.keep(from, this.buffer);
    let length = this.bytes.length;
    while (length < this.buffer.length && this.start + length < this.size) {
      const n = readSync(this.fd, this.buffer, length, this.buffer.length - length, this.start + length);
      if (n === 0) {
        this.size = this.start + length;
        break;
      }
      length += n;
    }
    this.bytes = this.buffer.subarray(0, length);
  }

  /** Moves the bytes from `from` that the window already holds to the front of `into`. */
  private keep(from: number, into: Buffer): void {
    const held = from >= this.start && from < this.start + this.bytes.length ? this.bytes.subarray(from - this.start) : this.bytes.subarray(0, 0);
    held.copy(into, 0);
    this.start = from;
    this.bytes = into.subarray(0, held.length);
  }

  reopen(): FileWindow {
    return new FileWindow(this.path, this.bufferBytes);
  }

  close(): void {
    closeSync(this.fd);
  }
}
