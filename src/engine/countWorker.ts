// Worker-thread entry of `CountPool`: told how to count, counts the chunks it is sent, then posts
// back its tallies.
import { parentPort } from "node:worker_threads";
import { type FromCountWorker, type ToCountWorker, failureOf, postPart } from "./countPool";
import { SliceCounter } from "./sliceCounter";

const port = parentPort!;
const post = (m: FromCountWorker) => port.postMessage(m);
// Made from the first message: a worker may be started before its pool knows the folder.
let counter: SliceCounter | undefined;
// After a failure the counter's tallies are incomplete: chunks still queued are only acknowledged.
let failed = false;

port.on("message", (m: ToCountWorker) => {
  if ("config" in m) {
    counter = new SliceCounter(m.config);
    return;
  }
  if (!counter) throw new Error("count worker: documents sent before its config");
  if ("finish" in m) {
    postPart(port, counter.part());
    port.close();
    return;
  }
  if (failed) return post({ done: m.items.length, tokens: 0 });
  try {
    post({ done: m.items.length, tokens: counter.add(m.items) });
  } catch (err) {
    failed = true;
    post({ failed: failureOf(err, counter.current) });
  }
});
