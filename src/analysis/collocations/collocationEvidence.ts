import { groupOf } from "../../corpus/corpus";
import type { Tokens } from "../../text/tokens";
import { type KwicOptions, type KwicRow, kwicLine, queryHits, queryMode } from "../kwic";
import { type WindowOptions, windowPositions } from "./nodeWindows";

export interface CollocationEvidenceOptions extends WindowOptions {
  by?: string;
  /** Only this group's lines. */
  group?: string;
  match?: KwicOptions["match"];
  /** Words of context in each line. Default 8. */
  context?: number;
}

/** The KWIC lines of `node` whose window holds `collocate`: the sentences behind a collocation's numbers. */
export function collocationEvidence(toks: Tokens, node: string, collocate: string, options: CollocationEvidenceOptions = {}): (KwicRow & { group: string })[] {
  const by = options.by ?? "year";
  const hits = queryHits(toks, node, queryMode(node, options.match));
  return toks.docs.flatMap((dt, di) => {
    const group = groupOf(dt.doc, by);
    if (options.group !== undefined && group !== options.group) return [];
    return hits[di]
      .filter((hit) => windowPositions(dt, [hit], options).some((i) => dt.tokens[i].term === collocate))
      .map((hit) => ({ group, ...kwicLine(dt, hit, options.context ?? 8) }));
  });
}
