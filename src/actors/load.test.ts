import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDicts } from './load.js';
import { loadGazetteer } from './index.js';

/** A dictionaries/ dir holding actors/<name> files; removed by the caller. */
function fixture(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dyadwatch-actors-'));
  mkdirSync(path.join(dir, 'actors'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'actors', name), text);
  return dir;
}

function codes(dir: string): string[] {
  const r = loadDicts(dir);
  rmSync(dir, { recursive: true, force: true });
  return r.ok ? [] : r.issues.map((i) => i.code);
}

const GOOD = 'states:\n  # a test state\n  - {id: FRA, code: FRA, name: France, capitals: [Paris]}\n';

test('a valid fixture loads and matches', () => {
  const dir = fixture({ 'a.yaml': GOOD });
  const g = loadGazetteer(dir);
  rmSync(dir, { recursive: true, force: true });
  assert.ok(g.ok);
  assert.deepEqual(g.value.resolveText('Paris said no', null).map((a) => a.code), ['FRA']);
});

test('broken YAML is E301 with the file', () => {
  const dir = fixture({ 'bad.yaml': 'states:\n  - {id: FRA, code: FRA\n' });
  const r = loadDicts(dir);
  rmSync(dir, { recursive: true, force: true });
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.equal(r.issues[0]!.code, 'E301');
  assert.match(r.issues[0]!.message, /bad\.yaml/);
});

test('an unknown section is E301', () => {
  assert.deepEqual(codes(fixture({ 'a.yaml': 'countries: []\n' })), ['E301']);
});

test('an invalid entry is E302 naming the entry', () => {
  const dir = fixture({ 'a.yaml': 'officials:\n  - {id: someone, state: RUS, name: X, roles: [{role: r, sector: GOV, from: 2024-13}]}\n' });
  const r = loadDicts(dir);
  rmSync(dir, { recursive: true, force: true });
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.equal(r.issues[0]!.code, 'E302');
  assert.match(r.issues[0]!.message, /someone/);
  assert.match(r.issues[0]!.message, /roles\.0\.from/);
});

test('a duplicate id across files is E303', () => {
  assert.deepEqual(codes(fixture({ 'a.yaml': GOOD, 'b.yaml': GOOD })), ['E303']);
});

test('a missing directory is E301', () => {
  const r = loadDicts(path.join(tmpdir(), 'no-such-dyadwatch-dir'));
  assert.equal(r.ok, false);
});

test('the version changes with the contents', () => {
  const a = fixture({ 'a.yaml': GOOD });
  const b = fixture({ 'a.yaml': GOOD + '  # another comment\n' });
  const va = loadDicts(a);
  const vb = loadDicts(b);
  rmSync(a, { recursive: true, force: true });
  rmSync(b, { recursive: true, force: true });
  assert.ok(va.ok && vb.ok);
  assert.notEqual(va.value.version, vb.value.version);
});

test('a role ending before it starts is E302', () => {
  assert.deepEqual(codes(fixture({ 'a.yaml': GOOD + 'officials:\n  - {id: p, state: FRA, name: P, roles: [{role: r, sector: GOV, from: 2024-01-02, to: 2024-01-01}]}\n' })), ['E302']);
});

test('an unknown state code is E304', () => {
  assert.deepEqual(codes(fixture({ 'a.yaml': GOOD + 'bodies:\n  - {id: b, state: FRX, sector: GOV, name: B}\n' })), ['E304']);
});

test('every shipped dictionary entry has a # why comment right above it', () => {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dictionaries/actors');
  const bare: string[] = [];
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
    let prev = '';
    readFileSync(path.join(dir, name), 'utf8').split('\n').forEach((line, i) => {
      if (/^ {2}- /.test(line) && !/^\s*#/.test(prev)) bare.push(`${name}:${i + 1}`);
      if (line.trim() !== '') prev = line;
    });
  }
  assert.deepEqual(bare, []);
});

test('no shipped form names two different actors of different states', () => {
  const r = loadDicts(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dictionaries'));
  assert.ok(r.ok);
  const d = r.value.data;
  const seen = new Map<string, string>();
  const clashes: string[] = [];
  const add = (forms: (string | undefined)[], owner: string) => {
    for (const f of forms) {
      if (!f) continue;
      const prev = seen.get(f.toLowerCase());
      if (prev !== undefined && prev !== owner) clashes.push(`${f}: ${prev} / ${owner}`);
      else seen.set(f.toLowerCase(), owner);
    }
  };
  for (const s of d.states) add([s.name, s.long, ...s.names, ...s.exact, ...s.demonyms, ...s.capitals], s.code);
  for (const b of d.bodies) add([b.name, ...b.names, ...b.exact], b.state);
  for (const g of d.groups) add([g.name, ...g.names, ...g.exact, ...g.demonyms], g.group);
  for (const h of d.heads) add([...h.names, ...h.exact], 'head');
  assert.deepEqual(clashes, []);
});
