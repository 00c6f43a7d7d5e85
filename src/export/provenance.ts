import type { Figure } from "../charts/figure";

/** What an exported file says about where it came from. No timestamp: reruns give equal files. */
export interface Provenance {
  kit: string;
  corpus?: { name: string; hash: string };
  analysis?: string;
  options?: Record<string, unknown>;
  title?: string;
}

// eslint-disable-next-line @typescript-eslint/no-var-requires
const KIT_VERSION: string = require("../../package.json").version;

/** The kit's name and version, as written into exported files. */
const kitVersion = () => `discourse-kit ${KIT_VERSION}`;

/** Provenance of a figure: kit version, corpus (name and content hash), analysis and options. */
export function provenanceOf(figure: Figure, corpus?: { name: string; hash: string }): Provenance {
  const title = (figure.layout.title as { text?: string } | undefined)?.text;
  return {
    kit: kitVersion(),
    corpus: corpus ? { name: corpus.name, hash: corpus.hash } : undefined,
    analysis: figure.meta?.chart,
    options: figure.meta?.options,
    title,
  };
}
