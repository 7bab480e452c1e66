import fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Result } from '../../core/result.js';
import { ok, fail } from '../../core/result.js';
import { issue } from '../../core/errors.js';
import type { SourceKind, SourceRecord } from '../../store/store.js';
import { invalidAllowEntries } from './guard.js';
import type { FollowSettings } from './settings.js';
import { DEFAULT_FOLLOW_SETTINGS } from './settings.js';

/** Poll interval: seconds, or a number with s/m/h/d ("15m"). */
const Every = z.union([z.number().int().min(1), z.string().regex(/^\d+\s*[smhd]?$/, 'a number of seconds or e.g. "15m", "2h"')]);

/** A source as written in SOURCES.yaml or POSTed to /api/sources. */
export const SourceInput = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, 'letters, digits, "_", "-" and "."'),
    url: z.string().url().max(2000),
    kind: z.enum(['feed', 'sitemap', 'page']).optional(),
    every: Every.optional(),
    outlet: z.string().max(200).optional(),
    language: z.string().max(20).optional(),
    tags: z.array(z.string().max(50)).max(50).optional(),
  })
  .strict();
export type SourceInput = z.infer<typeof SourceInput>;

const FetchBlock = z
  .object({
    timeout_ms: z.number().int().min(100).optional(),
    max_bytes: z.number().int().min(1024).optional(),
    max_redirects: z.number().int().min(0).max(20).optional(),
    per_host: z.number().int().min(1).max(16).optional(),
    min_delay_ms: z.number().int().min(0).optional(),
    user_agent: z.string().min(1).optional(),
  })
  .strict();

const SourcesFile = z
  .object({
    allow_hosts: z.array(z.string()).default([]),
    fetch: FetchBlock.optional(),
    sources: z.array(SourceInput).min(1),
  })
  .strict();

/** A loaded SOURCES.yaml. */
export interface SourcesConfig {
  allowHosts: string[];
  settings: FollowSettings;
  sources: SourceRecord[];
}

const UNIT = { s: 1, m: 60, h: 3600, d: 86400 } as const;
/** Default poll interval: 15 minutes, as GDELT. */
export const DEFAULT_EVERY_SEC = 900;

function seconds(every: SourceInput['every']): number {
  if (every === undefined) return DEFAULT_EVERY_SEC;
  if (typeof every === 'number') return every;
  const m = /^(\d+)\s*([smhd]?)$/.exec(every)!;
  return Number(m[1]) * UNIT[(m[2] || 's') as keyof typeof UNIT];
}

/** A kind from the URL when none is given: sitemap*.xml is a sitemap, .html a page, anything else a feed. */
function guessKind(url: string): SourceKind {
  const p = new URL(url).pathname.toLowerCase();
  if (/sitemap[^/]*\.xml(\.gz)?$/.test(p)) return 'sitemap';
  if (/\.html?$/.test(p)) return 'page';
  return 'feed';
}

/** A source record from validated input. */
export function toSourceRecord(s: SourceInput, origin: SourceRecord['origin']): SourceRecord {
  return {
    id: s.id, url: s.url, kind: s.kind ?? guessKind(s.url), everySec: seconds(s.every), outlet: s.outlet ?? null,
    language: s.language ?? null, tags: s.tags ?? [], origin,
  };
}

function settingsFrom(f: z.infer<typeof FetchBlock> | undefined): FollowSettings {
  const d = DEFAULT_FOLLOW_SETTINGS;
  return {
    ...d,
    timeoutMs: f?.timeout_ms ?? d.timeoutMs,
    maxBytes: f?.max_bytes ?? d.maxBytes,
    maxRedirects: f?.max_redirects ?? d.maxRedirects,
    perHost: f?.per_host ?? d.perHost,
    minDelayMs: f?.min_delay_ms ?? d.minDelayMs,
    userAgent: f?.user_agent ?? d.userAgent,
  };
}

/** Parses SOURCES.yaml text; every problem is an E138 naming where it is. */
export function parseSourcesFile(text: string, path: string): Result<SourcesConfig> {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    return fail(issue('E138', { path, detail: e instanceof Error ? e.message.split('\n')[0]! : String(e) }));
  }
  const parsed = SourcesFile.safeParse(data);
  if (!parsed.success) {
    return fail(...parsed.error.issues.map((i) => issue('E138', { path, detail: `${i.path.join('.') || '(top)'}: ${i.message}` })));
  }
  const f = parsed.data;
  const bad = invalidAllowEntries(f.allow_hosts);
  if (bad.length) return fail(issue('E138', { path, detail: `allow_hosts: ${bad.join(', ')} is not an IP address or CIDR range` }));
  const ids = new Set<string>();
  for (const s of f.sources) {
    if (ids.has(s.id)) return fail(issue('E138', { path, detail: `source id "${s.id}" appears twice` }));
    ids.add(s.id);
    if (!/^https?:$/.test(new URL(s.url).protocol)) return fail(issue('E138', { path, detail: `${s.id}: only http and https URLs can be followed` }));
  }
  return ok({ allowHosts: f.allow_hosts, settings: settingsFrom(f.fetch), sources: f.sources.map((s) => toSourceRecord(s, 'file')) });
}

/** Reads and parses a SOURCES.yaml file. */
export function loadSourcesFile(path: string): Result<SourcesConfig> {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (e) {
    return fail(issue('E138', { path, detail: e instanceof Error ? e.message : String(e) }));
  }
  return parseSourcesFile(text, path);
}
