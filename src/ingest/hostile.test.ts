import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeConfig } from '../config.js';
import type { Config } from '../config.js';
import type { Issue } from '../core/result.js';
import { openStore } from '../store/open.js';
import { buildDefaultPipeline } from '../pipeline/default.js';
import type { DefaultPipeline } from '../pipeline/default.js';
import { ingestPaths } from '../pipeline/ingest.js';
import type { HostileCase } from './hostile.case.js';
import { writeHostileFiles } from './hostile.case.js';

/*
 * Every hostile input ends, on the default limits, in its events stored or a
 * coded skip. The per-case timeout guards against hangs (a FIFO opened, a
 * symlink to /dev/zero read, a run whose cost grows with its square); it is
 * not a speed assertion.
 */
const CASE_TIMEOUT_MS = 60_000;

const dir = mkdtempSync(path.join(tmpdir(), 'dyadwatch-hostile-'));
let cases: HostileCase[] = [];
let config: Config;
let pipeline: DefaultPipeline;

before(async () => {
  cases = await writeHostileFiles(dir);
  // Default limits, but for the wall-clock budget: it has its own tests (src/pipeline/workers.test.ts),
  // and on a machine saturated by other jobs a merely long article can outlast 20 s.
  const c = makeConfig({ limits: { articleMs: 600_000 } });
  assert.ok(c.ok);
  config = c.value;
  const p = buildDefaultPipeline(config);
  assert.ok(p.ok);
  pipeline = p.value;
});
after(() => rmSync(dir, { recursive: true, force: true }));

async function ingestOne(file: string) {
  const store = await openStore({ ...config.store, path: ':memory:' });
  assert.ok(store.ok);
  const warnings: Issue[] = [];
  try {
    const summary = await ingestPaths(pipeline, store.value, [path.join(dir, file)], { onWarning: (w) => warnings.push(w) }, undefined, config.limits);
    return { summary, warnings };
  } finally {
    await store.value.close();
  }
}

describe('hostile inputs', () => {
  test('the generator writes every case', () => {
    assert.ok(cases.length >= 25, `${cases.length} cases`);
  });
  // The case list is only known once the files are written; one test per case, named by file.
  const names = [
    'latin1.txt', 'invalid-bytes.txt', 'malformed.html', 'head-only.html', 'nested.html', 'nul-bytes.txt', 'mixed-eol.txt',
    'zero-width.txt', 'utf16-bom.txt', 'broken.jsonl', 'huge-numbers.txt', 'year-99999.jsonl', 'deep.json', 'binary.txt',
    'empty.txt', 'token-500k.txt', 'letters-bang.txt', 'token-150k.txt', 'letters-bang-150k.txt', 'gzip-bomb.txt.gz',
    'zero-link.txt', 'good-link.txt', 'fifo.txt', 'big-48mb.txt', 'long-line.jsonl', 'long-article.txt',
  ];
  for (const name of names) {
    test(name, { timeout: CASE_TIMEOUT_MS }, async (t) => {
      const c = cases.find((x) => x.file === name);
      if (!c) return t.skip(`${name} could not be made on this system`);
      const { summary, warnings } = await ingestOne(c.file);
      const skipped = summary.skipped.map((i) => i.code);
      for (const code of c.skips) assert.ok(skipped.includes(code), `${name}: expected skip ${code}, got ${skipped.join(',') || 'none'}`);
      if (c.skips.length === 0) assert.deepEqual(skipped, [], `${name}: no skip expected`);
      const warned = warnings.map((w) => w.code);
      for (const code of c.warnings) assert.ok(warned.includes(code), `${name}: expected warning ${code}, got ${warned.join(',') || 'none'}`);
      assert.ok(summary.events >= c.minEvents, `${name}: ${summary.events} events, expected at least ${c.minEvents}`);
      if (c.minEvents === 0 && c.skips.length) assert.equal(summary.articles, 0, `${name}: nothing stored`);
    });
  }
});
