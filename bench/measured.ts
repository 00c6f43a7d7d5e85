/**
 * `node .bench/measured.js ARGS…`: the `discourse` command ARGS, run as the CLI runs it, then its
 * process's peak memory (worker threads included) as a last line on stderr: "bench-peak-rss MB".
 */
import { main } from "../dist/cli/main";

process.stdout.on("error", () => {});
process.on("exit", () => process.stderr.write(`\nbench-peak-rss ${(process.resourceUsage().maxRSS / 1024).toFixed(0)}\n`));
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
