// Worker-thread entry of `CountPool`: counts the chunks it is sent, then posts back its tallies.
import { parentPort, workerData } from "node:worker_threads";
import { type FromCountWorker, type ToCountWorker, failureOf, postPart } from "./countPool";
import { type CountConfig, SliceCounter } from "./sliceCounter";

const port = parentPort!;
const post = (m: FromCountWorker) => port.postMessage(m);
const counter = new SliceCounter(workerData as CountConfig);
// After a failure the counter's tallies are incomplete: chunks still queued are only acknowledged.
let failed = false;

port.on("message", (m: ToCountWorker) => {
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
