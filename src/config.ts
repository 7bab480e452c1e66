import { z } from 'zod';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Result } from './core/result.js';
import { ok, fail } from './core/result.js';
import { issue } from './core/errors.js';

/** Root of the installed package (holds dictionaries/, demo/, web/dist). */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The one validated configuration object. Defaults sit under user options;
 * it is passed explicitly to whatever needs it (no module-level mutable state).
 */
export const ConfigSchema = z.object({
  store: z
    .object({
      kind: z.enum(['sqlite', 'postgres']).default('sqlite'),
      /** SQLite file path; ":memory:" for tests. */
      path: z.string().default('dyadwatch.db'),
      /** PostgreSQL connection string when kind is postgres. */
      url: z.string().default('postgres://127.0.0.1:5432/test'),
      /** PostgreSQL schema, so tests can isolate themselves. */
      schema: z.string().default('dyadwatch'),
    })
    .prefault({}),
  dictionariesDir: z.string().default(path.join(PACKAGE_ROOT, 'dictionaries')),
  /** The tagger+parser model (trained on UD English EWT by `npm run train:parser`). */
  parserModel: z.string().default(path.join(PACKAGE_ROOT, 'models', 'en-ewt.parser.bin')),
  server: z
    .object({
      host: z.string().default('127.0.0.1'),
      port: z.number().int().min(0).max(65535).default(8787),
      token: z.string().nullable().default(null),
    })
    .prefault({}),
});

export type Config = z.infer<typeof ConfigSchema>;
export type ConfigInput = z.input<typeof ConfigSchema>;

/** Validates user options and fills defaults. */
export function makeConfig(input: ConfigInput = {}): Result<Config> {
  const parsed = ConfigSchema.safeParse(input);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    return fail(issue('E903', { detail }));
  }
  return ok(parsed.data);
}
