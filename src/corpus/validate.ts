import type { ZodIssue, ZodType, ZodTypeDef } from "zod";
import { DiscourseError, formatFieldPath } from "../errors";
import { editDistance } from "./fieldTypos";

/** Turns one zod issue into words a person can act on. */
export function describeIssue(issue: ZodIssue): string {
  if (issue.code === "invalid_type") {
    const key = issue.path[issue.path.length - 1];
    if (issue.received === "undefined") {
      return typeof key === "string" ? `missing; add "${key}" (${issue.expected})` : `missing; expected ${issue.expected}`;
    }
    return `expected ${issue.expected}, got ${issue.received}`;
  }
  if (issue.code === "unrecognized_keys") {
    const [key] = issue.keys;
    const known = ["name", "description", "namePattern", "encoding", "textField", "split", "documents"];
    const meant = known.find((k) => k.toLowerCase() === key.toLowerCase() || editDistance(k.toLowerCase(), key.toLowerCase()) <= 2);
    return `unknown key "${key}"${meant ? `; did you mean "${meant}"?` : `; the keys are ${known.join(", ")}`}`;
  }
  if (issue.code === "invalid_union") {
    // No member matched the value's type: name what each would take.
    const wrongType = issue.unionErrors
      .flatMap((e) => e.issues)
      .filter((i): i is Extract<ZodIssue, { code: "invalid_type" }> => i.code === "invalid_type" && i.path.length === issue.path.length);
    if (wrongType.length === 0) return issue.message;
    return `expected ${[...new Set(wrongType.map((i) => i.expected))].join(" or ")}, got ${wrongType[0].received}`;
  }
  return issue.message;
}

/**
 * Validates `data` with `schema`, or throws a DiscourseError naming the file and the first field at
 * fault (and how many more problems there are), so the CLI prints one line. `at` is where `data`
 * sits in the file (`documents[3]`), put before the field.
 */
export function parseWith<T>(schema: ZodType<T, ZodTypeDef, unknown>, data: unknown, file: string, at?: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const [first, ...rest] = result.error.issues;
  const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? "s" : ""})` : "";
  const path = formatFieldPath(first.path);
  throw new DiscourseError(describeIssue(first) + more, {
    file,
    field: at ? (path ? `${at}.${path}` : at) : path || "(top level)",
  });
}
