import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { Issue } from '../core/result.js';
import { issue } from '../core/errors.js';
import type { ErrorCode } from '../core/errors.js';

/** The one error body of the API: `{ error: { code, message } }`, never a stack. */
export interface ErrorBody {
  error: { code: string; message: string };
}

/** Builds the error body from a coded issue. */
export function errorBody(found: Issue): ErrorBody {
  return { error: { code: found.code, message: found.message } };
}

/** Responds with a coded error. */
export function sendError(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorCode,
  params: Record<string, string | number> = {},
): Response {
  return c.json(errorBody(issue(code, params)), status);
}

/** Responds 200 with JSON already serialized (see ResponseCache), as c.json would. */
export function sendJsonBytes(c: Context, body: Uint8Array<ArrayBuffer>): Response {
  return c.body(body, 200, { 'content-type': 'application/json' });
}

/** Result of validating request input: the data, or a ready 400 response. */
export type Parsed<T> = { ok: true; data: T } | { ok: false; response: Response };

/**
 * Validates the query string against a strict zod object. Repeated keys keep
 * their first value; unknown keys are refused so a typo ("dayd=") is reported
 * rather than silently returning everything.
 */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): Parsed<z.infer<S>> {
  return parseValue(c, schema, c.req.query());
}

/** Validates any value (path params, JSON body) and turns zod issues into E801. */
export function parseValue<S extends z.ZodType>(c: Context, schema: S, value: unknown): Parsed<z.infer<S>> {
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, data: r.data };
  const detail = r.error.issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
  return { ok: false, response: sendError(c, 400, 'E801', { detail }) };
}

/** Hosts that only this machine can reach. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/** Host name part of a Host header ("127.0.0.1:8787" -> "127.0.0.1", "[::1]:80" -> "::1"). */
export function hostOfHeader(header: string): string {
  const m = /^\[([^\]]+)\]/.exec(header);
  if (m) return m[1]!;
  return header.split(':')[0] ?? '';
}
