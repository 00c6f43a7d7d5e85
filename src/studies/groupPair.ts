import { type Corpus, groupDocuments } from "../corpus/corpus";
import { DiscourseError } from "../errors";

/** The groups of a corpus by `by`, in order, and the two a comparison takes. */
export interface GroupPair {
  by: string;
  groups: string[];
  a: string;
  b: string;
}

/**
 * The two groups to compare: `a` and `b` as given, or the first and the last group (numbers
 * ascending, else alphabetical). Giving one without the other, or a group no document has, is an
 * error naming the option.
 */
export function groupPair(corpus: Corpus, options: { by?: string; a?: string; b?: string } = {}): GroupPair {
  const by = options.by ?? "year";
  const groups = groupDocuments(corpus, by).map((g) => g.group);
  if ((options.a === undefined) !== (options.b === undefined)) {
    const missing = options.a === undefined ? "a" : "b";
    throw new DiscourseError(`missing; give both groups of the comparison or neither`, { field: `options.${missing}` });
  }
  const a = options.a ?? groups[0];
  const b = options.b ?? groups[groups.length - 1];
  for (const [name, value] of [["a", a], ["b", b]] as const) {
    if (!groups.includes(value)) {
      throw new DiscourseError(`no document has ${by} = "${value}"; choose one of: ${groups.join(", ")}`, { field: `options.${name}` });
    }
  }
  return { by, groups, a, b };
}
