// Worker-thread entry of `streamCounts`: counts its slice and posts back the tallies.
import { parentPort, workerData } from "node:worker_threads";
import { DiscourseError } from "../errors";
import { type CountJob, countSlice } from "./streamCounts";

try {
  const part = countSlice(workerData as CountJob, (tokens) => parentPort!.postMessage({ tick: tokens }));
  parentPort!.postMessage({ part });
} catch (err) {
  const e = err as Error;
  parentPort!.postMessage({ error: err instanceof DiscourseError ? { message: err.detail, file: err.file, field: err.field } : { message: e.message } });
}
