import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from "node:worker_threads";
import type { PageLines } from "./pdfText";

/** What a PDF or Word file holds: its pages' lines or its text, and its document properties. */
export type Converted =
  | { ok: true; pages?: PageLines[]; text?: string; meta: { title?: unknown; author?: unknown; date?: unknown } }
  | { ok: false; reason: string };

interface Converter {
  worker: Worker;
  port: MessagePort;
  signal: Int32Array;
}

let converter: Converter | undefined;
/** Questions put to the converter so far: each answer names the question it answers. */
let asked = 0;

/** The converting thread, started on the first PDF or Word file; it does not keep the process alive. */
function start(): Converter {
  const { port1, port2 } = new MessageChannel();
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const ts = __filename.endsWith(".ts");
  const file = require.resolve(ts ? "./convertWorker.ts" : "./convertWorker.js");
  const workerData = { port: port2, signal };
  const options = { workerData, transferList: [port2] };
  // Through tsx when the kit runs from its TypeScript sources, as in tests.
  const worker = ts ? new Worker(`require("tsx/cjs"); require(${JSON.stringify(file)});`, { ...options, eval: true }) : new Worker(file, options);
  worker.unref();
  port1.unref();
  return { worker, port: port1, signal };
}

/**
 * Converts a PDF (its text layer, page by page) or a .docx (mammoth) and waits for the answer: the
 * corpus loader reads files one after another, synchronously, and these converters are
 * asynchronous, so they run on a thread of their own and this one blocks until it answers.
 */
export function convertDocument(bytes: Uint8Array, kind: "pdf" | "docx"): Converted {
  converter ??= start();
  const { port, signal } = converter;
  const id = ++asked;
  Atomics.store(signal, 0, 0);
  port.postMessage({ id, bytes: new Uint8Array(bytes), kind });
  // A worker that died never answers, hence the time limit.
  const deadline = Date.now() + 120_000;
  for (;;) {
    const received = receiveMessageOnPort(port)?.message as { id: number; answer: Converted } | undefined;
    if (received?.id === id) return received.answer;
    if (received) {
      // An answer to an earlier question (one that timed out) is dropped, and its signal with it.
      Atomics.store(signal, 0, 0);
      continue;
    }
    const left = deadline - Date.now();
    if (left <= 0) return { ok: false, reason: `the ${kind} converter gave no answer in 120 s` };
    // Woken when the answer is posted. A wait can also end with no answer posted (two threads that
    // each convert make that happen): the loop then looks again and waits again.
    Atomics.wait(signal, 0, 0, left);
  }
}
