import { strict as assert } from "node:assert";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { Worker } from "node:worker_threads";
import { docxFile } from "../../bench/officeFiles";
import { tempDir } from "../helpers";

// Two threads that read Word files at once (as `discourse freq` does on a large folder) each wait on
// a converter of their own; a wait that ended with no answer posted once gave every later file the
// text of the file before it.
// A memo of op-ed length (about 2,000 words): the answers cross threads while others are read.
const BODY = Array.from({ length: 40 }, (_, p) => `Paragraph ${p} weighs the talks on cyber norms, the hotline and the export rules, and what each capital said of them. `.repeat(3));

test("two threads converting Word files at once each get every file's own text", async () => {
  const dir = tempDir("dk-convert-");
  const files: string[] = [];
  for (let k = 0; k < 150; k++) {
    const file = join(dir, `memo-${k}.docx`);
    writeFileSync(file, await docxFile({ title: `Memo ${k}`, author: "Desk", date: "2024-01-01", paragraphs: [`Dear colleagues,`, `This is memo number ${k} of the series.`, ...BODY] }));
    files.push(file);
  }
  const wrong = (answers: (string | undefined)[]) => answers.filter((t, k) => !t?.includes(`memo number ${k} of`)).length;
  // The built kit in both threads, as the command runs it (a thread that loads TypeScript runs slower
  // and did not show the fault).
  const built = require.resolve("../../dist/corpus/convertDocument");
  const { convertDocument } = require(built) as typeof import("../../src/corpus/convertDocument");
  const read = (file: string) => {
    const r = convertDocument(require("node:fs").readFileSync(file), "docx");
    return r.ok ? r.text : undefined;
  };
  for (let round = 0; round < 3; round++) {
    const other = new Worker(
      `const { parentPort, workerData } = require("node:worker_threads"); const { readFileSync } = require("node:fs");` +
        `const { convertDocument } = require(${JSON.stringify(built)});` +
        `parentPort.postMessage(workerData.map((f) => { const r = convertDocument(readFileSync(f), "docx"); return r.ok ? r.text : undefined; }));`,
      { eval: true, workerData: files },
    );
    const theirs = new Promise<(string | undefined)[]>((resolve, reject) => other.once("message", resolve).once("error", reject));
    const mine = files.map(read);
    assert.equal(wrong(mine), 0, `round ${round + 1}: this thread`);
    assert.equal(wrong(await theirs), 0, `round ${round + 1}: the other thread`);
    await other.terminate();
  }
});
