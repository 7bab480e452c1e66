import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parse } from 'yaml';
import type { Issue, Result } from '../core/result.js';
import { ok, fail } from '../core/result.js';
import { issue } from '../core/errors.js';
import { GROUP_CODES } from '../core/actor.js';
import { DictFile, SECTIONS } from './schema.js';
import type { DictData, SectionName } from './schema.js';

/** The validated entries of dictionaries/actors/ and the hash of the files' contents. */
export interface LoadedDicts {
  data: DictData;
  version: string;
}

function emptyData(): DictData {
  return { states: [], bodies: [], officials: [], groups: [], outlets: [], heads: [], allies: [], stops: [], sets: [] };
}

/** Label of an entry for messages: its id when it has one, else its position. */
function entryLabel(raw: unknown, section: string, index: number): string {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string') return raw.id;
  return `${section}[${index}]`;
}

function zodDetail(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message)).join('; ');
}

/** Validates one parsed file section by section, pushing entries into `data`. */
function addFile(file: string, doc: unknown, data: DictData, ids: Map<string, string>, issues: Issue[]): void {
  const parsed = DictFile.safeParse(doc ?? {});
  if (!parsed.success) {
    issues.push(issue('E301', { file, detail: zodDetail(parsed.error) }, file));
    return;
  }
  for (const section of Object.keys(SECTIONS) as SectionName[]) {
    parsed.data[section].forEach((raw, i) => {
      const label = entryLabel(raw, section, i);
      const entry = SECTIONS[section].safeParse(raw);
      if (!entry.success) {
        issues.push(issue('E302', { entry: label, file, detail: zodDetail(entry.error) }, file));
        return;
      }
      if ('id' in entry.data) {
        const prev = ids.get(entry.data.id);
        if (prev !== undefined) {
          issues.push(issue('E303', { entry: entry.data.id, file: prev === file ? file : `${file} (also in ${prev})` }, file));
          return;
        }
        ids.set(entry.data.id, file);
      }
      (data[section] as unknown[]).push(entry.data);
    });
  }
}

/** E304 for every state code an entry names that no states file defines (a typo would silently never match). */
function unknownStates(data: DictData, ids: Map<string, string>): Issue[] {
  const known = new Set<string>([...data.states.map((s) => s.code), ...GROUP_CODES]);
  const issues: Issue[] = [];
  const check = (entry: string, code: string | null | undefined) => {
    if (code && !known.has(code)) {
      const file = ids.get(entry) ?? 'dictionaries/actors';
      issues.push(issue('E304', { entry, file, code }, file));
    }
  };
  for (const b of data.bodies) check(b.id, b.state);
  for (const o of data.outlets) check(o.id, o.state);
  for (const o of data.officials) {
    check(o.id, o.state);
    for (const r of o.roles) check(o.id, r.state);
  }
  data.allies.forEach((a, i) => check(`allies[${i}]`, a.state));
  for (const s of data.sets) for (const m of s.members) check(s.id, m);
  return issues;
}

/**
 * Reads and validates every dictionaries/actors/*.yaml under `dir`, in name
 * order. Any parse error (E301), invalid entry (E302) or duplicate id (E303)
 * fails the load: a half-loaded gazetteer would code silently wrong.
 */
export function loadDicts(dir: string): Result<LoadedDicts> {
  const actorsDir = path.join(dir, 'actors');
  let names: string[];
  try {
    names = readdirSync(actorsDir).filter((n) => n.endsWith('.yaml') || n.endsWith('.yml')).sort();
  } catch (e) {
    return fail(issue('E301', { file: actorsDir, detail: e instanceof Error ? e.message : String(e) }, actorsDir));
  }
  if (names.length === 0) return fail(issue('E301', { file: actorsDir, detail: 'no .yaml files found' }, actorsDir));
  const data = emptyData();
  const ids = new Map<string, string>();
  const issues: Issue[] = [];
  const hash = createHash('sha256');
  for (const name of names) {
    const file = path.join(actorsDir, name);
    const text = readFileSync(file, 'utf8');
    hash.update(name).update('\0').update(text).update('\0');
    let doc: unknown;
    try {
      doc = parse(text);
    } catch (e) {
      issues.push(issue('E301', { file, detail: e instanceof Error ? e.message.split('\n')[0]! : String(e) }, file));
      continue;
    }
    addFile(file, doc, data, ids, issues);
  }
  if (issues.length === 0) issues.push(...unknownStates(data, ids));
  if (issues.length) return fail(...issues);
  return ok({ data, version: hash.digest('hex').slice(0, 12) });
}
