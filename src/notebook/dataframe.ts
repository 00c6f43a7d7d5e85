import type { DataFrame } from "danfojs-node";

/**
 * A danfojs-node DataFrame view of typed records, for notebook users who want pandas-style
 * verbs (`sortValues`, `query`, `groupby`) or `dfd.toCSV`. danfojs is loaded on first use only:
 * importing it takes over a second.
 */
export function toDataFrame<T extends object>(rows: readonly T[]): DataFrame {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const dfd = require("danfojs-node") as typeof import("danfojs-node");
  if (rows.length === 0) return new dfd.DataFrame([]);
  return new dfd.DataFrame(rows.map((r) => ({ ...r })) as object[]);
}
