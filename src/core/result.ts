/**
 * Expected failures are values (Zod's safeParse): functions that can fail on
 * user input return a Result with coded issues and throw only for bugs.
 */
export interface Issue {
  /** Catalogue code, e.g. "E101" (see src/core/errors.ts). */
  code: string;
  message: string;
  /** Where: a path, "path:line", an article id. */
  where?: string;
}

export type Result<T> = { ok: true; value: T; warnings?: Issue[] } | { ok: false; issues: Issue[] };

export function ok<T>(value: T, warnings?: Issue[]): Result<T> {
  return warnings && warnings.length ? { ok: true, value, warnings } : { ok: true, value };
}

export function fail<T = never>(...issues: Issue[]): Result<T> {
  return { ok: false, issues };
}
