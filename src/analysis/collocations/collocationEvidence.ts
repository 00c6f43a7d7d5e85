import { groupOf } from "../../corpus/corpus";
import type { Tokens } from "../../text/tokens";
import { type KwicOptions, type KwicRow, kwicLine, queryHits, queryMode } from "../kwic";
import { type WindowOptions, windowPositions } from "./nodeWindows";

export interface CollocationEvidenceOptions extends WindowOptions {
  by?: string;
  /** Only this group's lines, or these groups'. */
  group?: string | readonly string[];
  match?: KwicOptions["match"];
  /** Words of context in each line. Default 8. */
  context?: number;
}

export type EvidenceLine = KwicRow & { group: string };

/**
 * The KWIC lines of `node` whose window holds each of `collocates`, in one pass over the node's
 * occurrences: the sentences behind each collocation's count.
 */
export function collocationLines(toks: Tokens, node: string, collocates: readonly string[], options: CollocationEvidenceOptions = {}): Map<string, EvidenceLine[]> {
  const by = options.by ?? "year";
  const wanted = new Map(collocates.map((c) => [c, [] as EvidenceLine[]]));
  const only = options.group === undefined ? undefined : new Set<string>(typeof options.group === "string" ? [options.group] : options.group);
  const hits = queryHits(toks, node, queryMode(node, options.match), only && ((doc) => only.has(groupOf(doc, by))));
  toks.docs.forEach((dt, di) => {
    const group = groupOf(dt.doc, by);
    for (const hit of hits[di]) {
      const near = new Set(windowPositions(dt, [hit], options).map((i) => dt.tokens[i].term));
      for (const term of near) wanted.get(term)?.push({ group, ...kwicLine(dt, hit, options.context ?? 8) });
    }
  });
  return wanted;
}

/** The KWIC lines of `node` whose window holds `collocate`. */
export function collocationEvidence(toks: Tokens, node: string, collocate: string, options: CollocationEvidenceOptions = {}): EvidenceLine[] {
  return collocationLines(toks, node, [collocate], options).get(collocate)!;
}
