#!/usr/bin/env node
// Runs `dyadwatch eval --json` on the gold files and fails when a figure
// drops below its floor in .ci/floors.json. Floors only go up.
// CoNLL-U treebanks (.conllu, .conllu.gz) are scored by the committed
// tagger+parser model instead (gold words in; upos, uas, las out).
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const floors = JSON.parse(readFileSync('.ci/floors.json', 'utf8'));
let failed = 0;
const get = (o, dotted) => dotted.split('.').reduce((x, k) => (x == null ? x : x[k]), o);

async function report(file) {
  if (/\.conllu(\.gz)?$/.test(file)) {
    const { readParserModelFile, evaluateConllu } = await import('../dist/nlp/parser/index.js');
    const model = readParserModelFile();
    if (!model.ok) throw new Error(model.issues.map((i) => i.message).join('; '));
    return evaluateConllu(model.value, file);
  }
  const out = execFileSync(process.execPath, ['bin/dyadwatch.js', 'eval', '--json', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out);
}

for (const [file, checks] of Object.entries(floors)) {
  const r = await report(file);
  for (const [metric, floor] of Object.entries(checks)) {
    const v = get(r, metric);
    const ok = typeof v === 'number' && v >= floor;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${file} ${metric} = ${v} (floor ${floor})`);
  }
}
console.log(`${Object.values(floors).reduce((n, c) => n + Object.keys(c).length, 0) - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
