/** One problem with one field: `path` is the field path the editor shows the message next to. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

/** Input was refused; `issues` says which fields and why. Nothing was written. */
export class ValidationError extends Error {
  override name = 'ValidationError';
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[], message?: string) {
    super(message ?? issues.map((issue) => formatIssue(issue)).join('; '));
    this.issues = issues;
  }
}

/** The actor may not perform this action on this target. */
export class AccessDeniedError extends Error {
  override name = 'AccessDeniedError';
}

/** A write carried an expected revision that no longer matches: someone else wrote first. */
export class ConflictError extends Error {
  override name = 'ConflictError';
  readonly collection: string;
  readonly id: string;
  readonly expected: number;
  readonly actual: number;
  constructor(collection: string, id: string, expected: number, actual: number) {
    super(`${collection}/${id} is at revision ${actual}, the write expected ${expected}`);
    this.collection = collection;
    this.id = id;
    this.expected = expected;
    this.actual = actual;
  }
}

/** The record does not exist (or no longer does). */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** A search query could not be read; `position` is where in the text. */
export class QuerySyntaxError extends Error {
  override name = 'QuerySyntaxError';
  readonly position: number;
  constructor(message: string, position = 0) {
    super(message);
    this.position = position;
  }
}

/** "emails.0.value: Enter a valid e-mail address" */
export function formatIssue(issue: FieldIssue): string {
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}
