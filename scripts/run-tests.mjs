#!/usr/bin/env node
// Node 20 does not expand test globs, so list the test files here and hand
// them to node's own test runner explicitly (with tsx for TypeScript).
// Usage: node scripts/run-tests.mjs [--shared] [path-filter...]
//   default: every src/**/*.test.ts (must pass without ../shared)
//   --shared: also every src/**/*.shared-test.ts (scores against ../shared/eval; run from .ci/run)
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const shared = args.includes('--shared');
const filters = args.filter((a) => !a.startsWith('--'));

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.test.ts') || (shared && name.endsWith('.shared-test.ts'))) out.push(p);
  }
  return out;
}

const files = [...walk('src', []), ...walk('web/src', [])].filter((f) => filters.length === 0 || filters.some((x) => f.includes(x))).sort();
if (files.length === 0) {
  console.error('run-tests: no test files found; refusing to report success for nothing.');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
