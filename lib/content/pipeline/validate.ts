import type { z } from "zod";
import { positionOf } from "./frontmatter";
import { contentError, failure, success, type Position, type StepResult } from "./problems";
import {
  authorSchema,
  frontmatterSchema,
  liveUpdateSchema,
  type AuthorFrontmatter,
  type Frontmatter,
  type LiveUpdateHeader,
} from "../schema";

const DATE_FIELDS = new Set(["publishedAt", "updatedAt", "expiresAt", "coverageEndedAt", "corrections", "at"]);

/**
 * Checks frontmatter data against the schema, reporting every problem at once,
 * each at the line and column where the field is written.
 */
export function validateFrontmatter(
  data: unknown,
  fieldPositions: Record<string, Position> = {},
): StepResult<Frontmatter> {
  return validateWith(frontmatterSchema, data, fieldPositions);
}

/** Checks an author file's frontmatter, with the same wording and positions as articles. */
export function validateAuthor(
  data: unknown,
  fieldPositions: Record<string, Position> = {},
): StepResult<AuthorFrontmatter> {
  return validateWith(authorSchema, data, fieldPositions);
}

/** Checks the fields of one update of a live page (lib/content/pipeline/live-updates.ts). */
export function validateUpdateHeader(
  data: unknown,
  fieldPositions: Record<string, Position> = {},
): StepResult<LiveUpdateHeader> {
  return validateWith(liveUpdateSchema, data, fieldPositions);
}

function validateWith<T>(
  schema: z.ZodType<T>,
  data: unknown,
  fieldPositions: Record<string, Position>,
): StepResult<T> {
  const result = schema.safeParse(data);
  if (result.success) return success(result.data);
  return failure(
    ...result.error.issues.flatMap((issue) =>
      describeIssue(issue, data).map(({ path, rule, message }) =>
        contentError(rule, path.length > 0 ? path.join(".") : "frontmatter", message, positionOf(fieldPositions, path)),
      ),
    ),
  );
}

type IssueReport = { path: PropertyKey[]; rule: string; message: string };

function describeIssue(issue: z.core.$ZodIssue, data: unknown): IssueReport[] {
  const path = [...issue.path];
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      path: [...path, key],
      rule: "unknown-field",
      message: "is not a known field (check its spelling)",
    }));
  }
  const found = valueAt(data, path);
  if (found === undefined && issue.code !== "custom") {
    return [{ path, rule: "required-field", message: "is required but missing" }];
  }
  const expected =
    issue.code === "invalid_type" && issue.message.startsWith("Invalid input")
      ? `expected ${issue.expected}`
      : issue.message;
  return [{ path, rule: ruleFor(issue, path), message: `${expected}; found ${describeValue(found)}` }];
}

function ruleFor(issue: z.core.$ZodIssue, path: PropertyKey[]): string {
  const [first] = path;
  if (issue.code === "custom" && typeof issue.params?.rule === "string") return issue.params.rule;
  if (first === "section") return "unknown-section";
  if (first === "tags") return "tag-format";
  if (first === "aliases") return "alias-format";
  if (typeof first === "string" && DATE_FIELDS.has(first) && issue.code === "invalid_format") {
    return "date-format";
  }
  return "invalid-value";
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = Reflect.get(current, key);
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
