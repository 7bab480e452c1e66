#!/usr/bin/env node
// Runs `dyadwatch eval --json` on the gold files (and `dyadwatch parse --eval
// --json` on CoNLL-U treebanks) and fails when a figure drops below its floor
// in .ci/floors.json. Floors only go up.
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const floors = JSON.parse(readFileSync('.ci/floors.json', 'utf8'));
let failed = 0;
const get = (o, dotted) => dotted.split('.').reduce((x, k) => (x == null ? x : x[k]), o);
for (const [file, checks] of Object.entries(floors)) {
  const command = /\.conllu(\.gz)?$/.test(file) ? ['parse', '--eval', file, '--json'] : ['eval', '--json', file];
  const out = execFileSync(process.execPath, ['bin/dyadwatch.js', ...command], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const report = JSON.parse(out);
  for (const [metric, floor] of Object.entries(checks)) {
    const v = get(report, metric);
    const ok = typeof v === 'number' && v >= floor;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${file} ${metric} = ${v} (floor ${floor})`);
  }
}
console.log(`${Object.values(floors).reduce((n, c) => n + Object.keys(c).length, 0) - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
