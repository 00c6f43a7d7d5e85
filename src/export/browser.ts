import type { Browser, BrowserContext, Page } from "playwright-core";
import { chromiumPath } from "./chromiumPath";

/**
 * Flags that keep Chromium off the network: no background services, updates, sync or metrics.
 * Pages additionally have every non-local request aborted (see `blockNetwork`).
 */
const OFFLINE_FLAGS = [
  "--headless=new",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-default-apps",
  "--disable-domain-reliability",
  "--disable-client-side-phishing-detection",
  "--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider",
  "--metrics-recording-only",
  "--no-first-run",
  "--no-default-browser-check",
  "--disable-quic",
];

/** Launches headless Chromium with networking off (root needs --no-sandbox). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const args = [...OFFLINE_FLAGS];
  if (typeof process.getuid === "function" && process.getuid() === 0) args.push("--no-sandbox");
  return chromium.launch({ executablePath, args, headless: true });
}

/**
 * Aborts every request a page (or every page of a context) makes that is not a file:, data:,
 * about: or blob: URL. Returns the list the refused URLs are added to as they come.
 */
export async function blockNetwork(target: Page | BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  await target.route("**/*", (route) => {
    const url = route.request().url();
    if (/^(file|data|about|blob):/.test(url)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return blocked;
}
