/**
 * Loads and validates the coding dictionaries (dictionaries/coding/*.yaml):
 * the CAMEO table, the lexicon of word classes and cues, and the trigger
 * patterns of every verbs-*.yaml file. Failures are Result values (E4xx).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { PLOVER_TYPES } from '../core/event.js';
import type { PloverType } from '../core/event.js';
import { issue } from '../core/errors.js';
import type { Issue, Result } from '../core/result.js';
import { ok, fail } from '../core/result.js';
import type { CameoEntry, CodingDict, Lexicon, Slot, VerbPattern } from './types.js';
import { CLAUSE_SLOTS, PREP_SLOTS } from './types.js';

const SLOTS = [...CLAUSE_SLOTS, ...PREP_SLOTS] as const satisfies readonly Slot[];

const CameoSchema = z.object({
  version: z.string(),
  codes: z.array(
    z.object({
      code: z.string().regex(/^\d{2,4}$/),
      name: z.string(),
      plover: z.enum(PLOVER_TYPES).nullable(),
      goldstein: z.number().min(-10).max(10),
      quad: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    }),
  ),
});

const words = z.array(z.string().min(1)).min(1);

const PatternSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9:-]*$/, 'lower-case letters, digits, ":" and "-"'),
  why: z.string().min(3, 'every pattern needs a reason'),
  lemmas: words,
  pos: z.enum(['verb', 'noun', 'adj', 'any']).default('verb'),
  code: z.string().regex(/^\d{2,4}$/),
  needs: words.optional(),
  also: words.optional(),
  unless: words.optional(),
  after: words.optional(),
  particle: words.optional(),
  window: z.enum(['right', 'both', 'inf']).default('right'),
  source: z.array(z.enum(SLOTS)).min(1).default(['subj']),
  target: z.array(z.enum(SLOTS)).min(1).default(['obj', 'to']),
  seekCode: z.string().regex(/^\d{2,4}$/).optional(),
  denies: z.boolean().default(false),
  accuses: z.boolean().default(false),
  symmetric: z.boolean().default(false),
  mutual: z.boolean().default(false),
  eventless: z.boolean().default(false),
  pending: z.boolean().default(false),
  priority: z.number().int().default(0),
});

const PatternFileSchema = z.object({ patterns: z.array(z.unknown()) });

const LexiconSchema = z.object({
  classes: z.record(z.string(), z.object({ why: z.string().min(3), words })),
});

function readYaml(file: string): Result<unknown> {
  try {
    return ok(parse(readFileSync(file, 'utf8')) as unknown);
  } catch (e) {
    return fail(issue('E403', { file, detail: e instanceof Error ? e.message : String(e) }));
  }
}

function zodDetail(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** Reads the CAMEO table. */
export function loadCameo(file: string): Result<{ version: string; cameo: Map<string, CameoEntry> }> {
  const raw = readYaml(file);
  if (!raw.ok) return raw;
  const parsed = CameoSchema.safeParse(raw.value);
  if (!parsed.success) return fail(issue('E404', { file, detail: zodDetail(parsed.error) }));
  const cameo = new Map<string, CameoEntry>();
  for (const c of parsed.data.codes) cameo.set(c.code, { ...c, plover: c.plover as PloverType | null });
  return ok({ version: parsed.data.version, cameo });
}

/** Reads the lexicon of word classes. */
export function loadLexicon(file: string): Result<Lexicon> {
  const raw = readYaml(file);
  if (!raw.ok) return raw;
  const parsed = LexiconSchema.safeParse(raw.value);
  if (!parsed.success) return fail(issue('E404', { file, detail: zodDetail(parsed.error) }));
  const classes = new Map<string, Set<string>>();
  for (const [name, c] of Object.entries(parsed.data.classes)) classes.set(name, new Set(c.words.map((w) => w.toLowerCase())));
  return ok({ classes });
}

/** Validates the patterns of one verbs-*.yaml file against the CAMEO table and lexicon. */
export function parsePatterns(raw: unknown, file: string, cameo: Map<string, CameoEntry>, lexicon: Lexicon): Result<VerbPattern[]> {
  const top = PatternFileSchema.safeParse(raw);
  if (!top.success) return fail(issue('E401', { entry: '(file)', file, detail: zodDetail(top.error) }));
  const issues: Issue[] = [];
  const out: VerbPattern[] = [];
  top.data.patterns.forEach((entry, i) => {
    const p = PatternSchema.safeParse(entry);
    const name = (entry as { id?: unknown } | null)?.id ?? `#${i + 1}`;
    if (!p.success) {
      issues.push(issue('E401', { entry: String(name), file, detail: zodDetail(p.error) }));
      return;
    }
    const d = p.data;
    for (const code of [d.code, d.seekCode]) {
      if (code !== undefined && !cameo.has(code)) issues.push(issue('E402', { code, file, entry: d.id }));
    }
    for (const w of [...(d.needs ?? []), ...(d.also ?? []), ...(d.unless ?? [])]) {
      if (w.startsWith('@') && !lexicon.classes.has(w.slice(1))) {
        issues.push(issue('E401', { entry: d.id, file, detail: `unknown word class ${w}` }));
      }
    }
    out.push({
      id: d.id, lemmas: d.lemmas.map((l) => l.toLowerCase()), pos: d.pos, code: d.code,
      needs: d.needs ?? null, also: d.also ?? null, unless: d.unless ?? null, after: d.after ?? null, particle: d.particle ?? null, window: d.window,
      source: d.source, target: d.target, seekCode: d.seekCode ?? null, denies: d.denies, accuses: d.accuses,
      symmetric: d.symmetric, mutual: d.mutual, eventless: d.eventless, pending: d.pending, priority: d.priority, file,
    });
  });
  return issues.length ? fail(...issues) : ok(out);
}

/**
 * Loads every coding dictionary under `dir` (the repository's dictionaries/
 * folder, or its coding/ sub-folder). Pattern ids must be unique across files.
 */
export function loadCodingDictionaries(dir: string): Result<CodingDict> {
  const base = existsSync(path.join(dir, 'coding')) ? path.join(dir, 'coding') : dir;
  const cam = loadCameo(path.join(base, 'cameo.yaml'));
  if (!cam.ok) return cam;
  const lex = loadLexicon(path.join(base, 'lexicon.yaml'));
  if (!lex.ok) return lex;
  addSystemNames(lex.value, path.join(base, '..', 'weapons', 'systems.yaml'));
  let files: string[];
  try {
    files = readdirSync(base).filter((f) => /^verbs-.*\.ya?ml$/.test(f)).sort();
  } catch (e) {
    return fail(issue('E403', { file: base, detail: e instanceof Error ? e.message : String(e) }));
  }
  const issues: Issue[] = [];
  const patterns: VerbPattern[] = [];
  const seen = new Set<string>();
  for (const f of files) {
    const file = path.join(base, f);
    const raw = readYaml(file);
    if (!raw.ok) { issues.push(...raw.issues); continue; }
    const res = parsePatterns(raw.value, file, cam.value.cameo, lex.value);
    if (!res.ok) { issues.push(...res.issues); continue; }
    for (const p of res.value) {
      if (seen.has(p.id)) issues.push(issue('E405', { entry: p.id, file }));
      seen.add(p.id);
      patterns.push(p);
    }
  }
  if (issues.length) return fail(...issues);
  return ok(buildDict(cam.value.version, cam.value.cameo, lex.value, patterns));
}

/**
 * Named weapon systems (dictionaries/weapons/systems.yaml) are arms words for
 * the triggers' `needs` ("pledged four IRIS-T systems", "sent Fath-360s"):
 * each one-word alias, its plural, and the first part of a hyphenated one.
 * A missing or unreadable file adds nothing (the weapons loader reports it).
 */
function addSystemNames(lex: Lexicon, file: string): void {
  const arms = lex.classes.get('arms');
  if (!arms || !existsSync(file)) return;
  const raw = readYaml(file);
  if (!raw.ok) return;
  const systems = (raw.value as { systems?: Array<{ aliases?: unknown }> } | null)?.systems ?? [];
  for (const sys of systems) {
    if (!Array.isArray(sys.aliases)) continue;
    for (const a of sys.aliases) {
      if (typeof a !== 'string' || /\s/.test(a)) continue;
      const w = a.toLowerCase();
      arms.add(w).add(`${w}s`);
      const head = w.split('-')[0]!;
      if (head !== w && /^[a-z]{3,}$/.test(head)) arms.add(head);
    }
  }
}

/** Indexes patterns by lemma, highest priority first. */
export function buildDict(version: string, cameo: Map<string, CameoEntry>, lexicon: Lexicon, patterns: VerbPattern[]): CodingDict {
  const byLemma = new Map<string, VerbPattern[]>();
  for (const p of patterns) {
    for (const l of p.lemmas) {
      const list = byLemma.get(l) ?? [];
      list.push(p);
      byLemma.set(l, list);
    }
  }
  for (const list of byLemma.values()) list.sort((a, b) => b.priority - a.priority);
  return { version, cameo, patterns, byLemma, lexicon };
}
