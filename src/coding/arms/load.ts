/**
 * Loads dictionaries/weapons/*.yaml into a WeaponDict. Every problem is a
 * coded Issue (E301 parse, E302 invalid entry or clashing phrase, E303
 * duplicate id); any problem fails the load, since a half-loaded lexicon
 * would code silently wrong.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parse } from 'yaml';
import type { Issue, Result } from '../../core/result.js';
import { ok, fail } from '../../core/result.js';
import { issue } from '../../core/errors.js';
import { SystemEntry, TermEntry, WeaponsFile } from './schema.js';
import type { Phrase, QuantityDict, StageDict, WeaponDict } from './types.js';
import { compactKey, wordKey } from './text.js';

function zodDetail(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message)).join('; ');
}

/** Mutable state of one load, passed explicitly (no module-level state). */
interface Acc {
  phrases: Map<string, Phrase>;
  owners: Map<string, string>;
  ids: Map<string, string>;
  maxWords: number;
  q: QuantityDict;
  s: StageDict;
  issues: Issue[];
}

function addPhrase(acc: Acc, file: string, words: string, p: Phrase): void {
  const key = compactKey(words);
  if (!key) return void acc.issues.push(issue('E302', { entry: p.id, file, detail: `phrase "${words}" has no letters or digits` }, file));
  const owner = acc.owners.get(key);
  if (owner !== undefined && owner !== p.id) {
    acc.issues.push(issue('E302', { entry: p.id, file, detail: `phrase "${words}" is already listed under ${owner}` }, file));
    return;
  }
  acc.owners.set(key, p.id);
  acc.phrases.set(key, p);
  acc.maxWords = Math.max(acc.maxWords, words.split(/[\s-]+/).length);
}

function addSystem(acc: Acc, file: string, raw: unknown, i: number): void {
  const r = SystemEntry.safeParse(raw);
  const label = raw && typeof raw === 'object' && 'id' in raw ? String(raw.id) : `systems[${i}]`;
  if (!r.success) return void acc.issues.push(issue('E302', { entry: label, file, detail: zodDetail(r.error) }, file));
  const e = r.data;
  if (acc.ids.has(e.id)) return void acc.issues.push(issue('E303', { entry: e.id, file }, file));
  acc.ids.set(e.id, file);
  const p: Phrase = { id: `system:${e.id}`, kind: 'system', weapon: e.class, system: e.name, maker: e.maker, pos: null };
  for (const a of new Set([e.name, ...e.aliases])) addPhrase(acc, file, a, p);
}

function addTerm(acc: Acc, file: string, raw: unknown, i: number): void {
  const r = TermEntry.safeParse(raw);
  if (!r.success) return void acc.issues.push(issue('E302', { entry: `terms[${i}]`, file, detail: zodDetail(r.error) }, file));
  const e = r.data;
  const kind = e.kind === 'weapon' ? (e.class === null ? 'none' : 'weapon') : e.kind;
  for (const w of e.words) {
    const id = `term:${compactKey(w)}`;
    addPhrase(acc, file, w, { id, kind, weapon: e.class, system: null, maker: null, pos: e.pos ?? null });
  }
}

function addFile(acc: Acc, file: string, f: WeaponsFile): void {
  f.systems.forEach((raw, i) => addSystem(acc, file, raw, i));
  f.terms.forEach((raw, i) => addTerm(acc, file, raw, i));
  const q = acc.q;
  for (const [w, n] of Object.entries(f.numbers?.words ?? {})) q.numbers.set(wordKey(w), n);
  for (const [w, n] of Object.entries(f.scales?.words ?? {})) q.scales.set(wordKey(w), n);
  for (const [w, n] of Object.entries(f.suffixes?.words ?? {})) q.suffixes.set(wordKey(w), n);
  for (const v of f.vague) for (const w of v.words) q.vague.set(wordKey(w), { min: v.min, max: v.max });
  for (const m of f.modifiers) for (const w of m.words) q.modifiers.set(wordKey(w), m.kind);
  for (const w of [...q.vague.keys(), ...q.modifiers.keys()]) q.maxWords = Math.max(q.maxWords, w.split(' ').length);
  if (f.approx_spread !== undefined) q.spread = f.approx_spread;
  const s = acc.s;
  for (const c of f.codes) s.codes.push({ prefix: c.prefix, stage: c.stage });
  for (const v of f.verbs) for (const l of v.lemmas) s.verbs.set(l.toLowerCase(), v.stage);
  for (const g of f.governors) for (const l of g.lemmas) s.governors.set(l.toLowerCase(), g.stage);
  for (const w of f.transit_phrases?.words ?? []) s.transit.push(wordKey(w).split(' '));
  for (const w of f.pass_verbs?.words ?? []) s.passVerbs.add(w.toLowerCase());
}

function emptyAcc(): Acc {
  return {
    phrases: new Map(), owners: new Map(), ids: new Map(), maxWords: 1, issues: [],
    q: { numbers: new Map(), scales: new Map(), suffixes: new Map(), vague: new Map(), modifiers: new Map(), maxWords: 1, spread: 0.1 },
    s: { codes: [], verbs: new Map(), governors: new Map(), transit: [], passVerbs: new Set() },
  };
}

function listFiles(dir: string): Result<string[]> {
  try {
    const names = readdirSync(dir).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
    if (names.length === 0) return fail(issue('E301', { file: dir, detail: 'no .yaml files found' }, dir));
    return ok(names);
  } catch (e) {
    return fail(issue('E301', { file: dir, detail: e instanceof Error ? e.message : String(e) }, dir));
  }
}

/**
 * Reads and validates every dictionaries/weapons/*.yaml under `dir` (the
 * repository's dictionaries/ folder), in name order.
 */
export function loadWeapons(dir: string): Result<WeaponDict> {
  const weaponsDir = path.join(dir, 'weapons');
  const names = listFiles(weaponsDir);
  if (!names.ok) return names;
  const acc = emptyAcc();
  const hash = createHash('sha256');
  for (const name of names.value) {
    const file = path.join(weaponsDir, name);
    let doc: unknown;
    try {
      const text = readFileSync(file, 'utf8');
      hash.update(name).update('\0').update(text).update('\0');
      doc = parse(text);
    } catch (e) {
      acc.issues.push(issue('E301', { file, detail: e instanceof Error ? e.message : String(e) }, file));
      continue;
    }
    const f = WeaponsFile.safeParse(doc ?? {});
    if (!f.success) acc.issues.push(issue('E301', { file, detail: zodDetail(f.error) }, file));
    else addFile(acc, file, f.data);
  }
  if (acc.issues.length) return fail(...acc.issues);
  // Longest prefix first, so "0232" wins over a hypothetical "023".
  acc.s.codes.sort((a, b) => b.prefix.length - a.prefix.length);
  return ok({
    version: hash.digest('hex').slice(0, 12),
    phrases: acc.phrases,
    // Slack of two: an alias word can be split into several tokens ("Su - 35").
    maxTokens: acc.maxWords + 2,
    quantities: acc.q,
    stages: acc.s,
  });
}
