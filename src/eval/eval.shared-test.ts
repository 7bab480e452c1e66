// Runs only in CI (scripts/run-tests.mjs --shared), where the shared gold
// files sit at ../shared beside the repository root. Skipped when absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readGold } from './gold.js';

const SHARED = path.resolve(process.cwd(), '..', 'shared');
const DIRS = ['eval', 'examples'].map((d) => path.join(SHARED, d));

/** What detection must say about a file: pair format for the PLV data, codes-only for PETR-2's GSR. */
function expected(name: string): { format: 'events' | 'pairs'; codesOnly: boolean } {
  if (name.startsWith('plv')) return { format: 'pairs', codesOnly: false };
  return { format: 'events', codesOnly: name.startsWith('petr2') };
}

const files = DIRS.filter((d) => existsSync(d)).flatMap((d) =>
  readdirSync(d).filter((f) => f.endsWith('.jsonl')).sort().map((f) => path.join(d, f)),
);

test('shared gold files are present', { skip: existsSync(SHARED) ? false : `no ${SHARED}` }, () => {
  assert.ok(files.length >= 4, `expected the gold files of ${SHARED}, found ${files.length}`);
});

for (const file of files) {
  const name = path.basename(file);
  test(`${path.relative(SHARED, file)} parses with no E904 and the right format`, () => {
    const r = readGold(file);
    assert.ok(r.ok, r.ok ? '' : r.issues.map((i) => i.message).join('\n'));
    const broken = (r.warnings ?? []).filter((w) => w.code === 'E904');
    assert.deepEqual(broken.map((w) => w.message), []);
    const want = expected(name);
    assert.equal(r.value.format, want.format);
    const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '').length;
    if (r.value.format === 'events') {
      assert.equal(r.value.codesOnly, want.codesOnly);
      assert.equal(r.value.passages.length, lines, 'every line is kept');
    } else {
      assert.equal(r.value.pairs.length, lines, 'every line is kept');
    }
  });
}
