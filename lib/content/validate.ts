import type { z } from "zod";
import { failure, success, type Problem, type StepResult } from "./problems";
import { frontmatterSchema, type Frontmatter } from "./schema";

/** Checks frontmatter data against the schema, reporting every problem at once. */
export function validateFrontmatter(data: unknown): StepResult<Frontmatter> {
  const result = frontmatterSchema.safeParse(data);
  if (result.success) return success(result.data);
  return failure(...result.error.issues.flatMap((issue) => describeIssue(issue, data)));
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown): Problem[] {
  const field = issue.path.length > 0 ? issue.path.join(".") : "frontmatter";
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      field: [...issue.path, key].join("."),
      message: "is not a known field (check its spelling)",
    }));
  }
  const found = valueAt(data, issue.path);
  if (issue.code === "invalid_type" && found === undefined) {
    return [{ field, message: "is required but missing" }];
  }
  const expected =
    issue.code === "invalid_type" && issue.message.startsWith("Invalid input")
      ? `expected ${issue.expected}`
      : issue.message;
  return [{ field, message: `${expected}; found ${describeValue(found)}` }];
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A short, readable rendering of what the editor wrote. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (typeof value === "string") {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return `"${shown}"`;
  }
  if (Array.isArray(value)) return `a list (${value.length} item${value.length === 1 ? "" : "s"})`;
  if (typeof value === "object") return "a group of fields";
  return `${typeof value} ${String(value)}`;
}
