import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { test } from "node:test";
import { ROOT } from "../helpers";

// In a Jupyter kernel the kit starts its figure renderer on import. Jupyter shuts a kernel down by
// asking it to end and waiting for its process to exit: a renderer that held the process open
// made Jupyter wait, then kill it, after every notebook that showed no figure.
test("a kernel process that imported the kit and showed no figure ends on its own", () => {
  const started = Date.now();
  const r = spawnSync(process.execPath, ["-e", `require(${JSON.stringify(`${ROOT}/dist`)}); setTimeout(() => {}, 500);`], {
    env: { ...process.env, JPY_PARENT_PID: String(process.pid), DOTENV_CONFIG_QUIET: "true" },
    timeout: 20_000,
    encoding: "utf8",
  });
  assert.equal(r.signal, null, `still running after ${Date.now() - started} ms`);
  assert.equal(r.status, 0, r.stderr);
});
