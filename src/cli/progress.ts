/**
 * Progress of long work on stderr: on a terminal one line redrawn in place (files, tokens/s, ETA);
 * otherwise a plain line every `every` files and at the end, so logs stay readable. Silent for
 * small jobs (under `minFiles`), where it would only flicker.
 */
export function progressReporter(label: string, options: { minFiles?: number; every?: number; stream?: NodeJS.WriteStream } = {}) {
  const stream = options.stream ?? process.stderr;
  const tty = stream.isTTY === true;
  const minFiles = options.minFiles ?? 200;
  const every = options.every ?? 1000;
  const started = Date.now();
  let lastDraw = 0;
  let lastLine = 0;
  // Without `tokens` (reading, before anything is counted) the line says files only.
  return (files: number, total: number, tokens?: number): void => {
    if (total < minFiles) return;
    const now = Date.now();
    const seconds = Math.max((now - started) / 1000, 1e-3);
    const done = files === total;
    const eta = files > 0 ? (seconds / files) * (total - files) : 0;
    const rate = tokens === undefined ? "" : `${formatCount(tokens)} tokens, ${formatCount(tokens / seconds)} tokens/s, `;
    const line = `${label}: ${files}/${total} files, ${rate}${done ? `${seconds.toFixed(1)} s` : `ETA ${eta.toFixed(0)} s`}`;
    if (tty) {
      if (!done && now - lastDraw < 100) return;
      lastDraw = now;
      const width = 20;
      const filled = Math.round((files / total) * width);
      stream.write(`\r[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${line}\x1b[K${done ? "\n" : ""}`);
    } else if (done || Math.floor(files / every) > Math.floor(lastLine / every)) {
      // Workers report a chunk of files at a time: a line each time the count passes a multiple.
      lastLine = files;
      stream.write(line + "\n");
    }
  };
}

/** 1234 → "1.2k", 10142580 → "10.1M". */
function formatCount(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)}G`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)}k`;
  return String(Math.round(n));
}
