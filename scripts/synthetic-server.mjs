#!/usr/bin/env node
// Shared by scripts/loadtest.mjs and scripts/loadtime.mjs: a SQLite store of
// synthetic events, served by the compiled server (dist/, as `dyadwatch serve`
// runs it) in a child process, so the measuring side never shares its CPU time.
// Child mode: node scripts/synthetic-server.mjs --serve DB [--web DIR]
import { spawn } from 'node:child_process';
import { existsSync, rmSync, statSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const SELF = fileURLToPath(import.meta.url);
const ROOT = path.resolve(path.dirname(SELF), '..');

/**
 * Path of a store holding about `events` synthetic events: `db` when given
 * (filled once, reused after), else a temporary file. `cleanup()` removes a
 * temporary store. Needs tsx (the generator lives beside the tests).
 */
export async function prepareStore({ events, db, label }) {
  const file = db ?? path.join(os.tmpdir(), `dyadwatch-${label}-${process.pid}.db`);
  if (!existsSync(file)) {
    const { openStore } = await import('../src/store/open.ts');
    const { fillSynthetic } = await import('../src/server/synth.case.ts');
    const s = await openStore({ kind: 'sqlite', path: file, url: '', schema: 'dyadwatch' });
    if (!s.ok) throw new Error(s.issues[0].message);
    const t0 = Date.now();
    const saved = await fillSynthetic(s.value, events, (k) => process.stderr.write(`\r${label}: stored ${k} events`));
    await s.value.close();
    console.log(`\n${label}: ${saved} synthetic events in ${file} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
  return {
    file,
    cleanup: () => {
      if (!db) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    },
  };
}

/** Refuses to measure a stale build: dist/ must be newer than every source file. */
export function assertFreshBuild(dirs) {
  const newest = (dir) =>
    readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return e.name === 'dist' ? m : Math.max(m, newest(p));
      return /\.(ts|tsx|css|html)$/.test(e.name) && !/\.(test|case)\.ts$/.test(e.name) ? Math.max(m, statSync(p).mtimeMs) : m;
    }, 0);
  for (const [src, built] of dirs) {
    const target = path.join(ROOT, built);
    if (!existsSync(target) || statSync(target).mtimeMs < newest(path.join(ROOT, src))) {
      throw new Error(`${built} is missing or older than ${src}/: run \`npm run build\` first`);
    }
  }
}

/** Starts the compiled server on `db` (and the built dashboard when `web` is given); resolves to { url, stop }. */
export async function startServer(db, web = null) {
  const args = [SELF, '--serve', db, ...(web ? ['--web', web] : [])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (b) => {
      out += b;
      const m = /LISTENING (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code})`)));
  });
  const stop = () =>
    new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url, stop };
}

async function serveChild(db, web) {
  const { openStore } = await import('../dist/store/open.js');
  const { makeConfig } = await import('../dist/config.js');
  const { listen } = await import('../dist/server/index.js');
  const s = await openStore({ kind: 'sqlite', path: db, url: '', schema: 'dyadwatch' });
  if (!s.ok) throw new Error(s.issues[0].message);
  const c = makeConfig({ server: { port: 0 } });
  if (!c.ok) throw new Error('config');
  const server = await listen(c.value, s.value, { webRoot: web ?? null });
  if (!server.ok) throw new Error(server.issues[0].message);
  console.log(`LISTENING ${server.value.url}`);
  process.on('SIGTERM', async () => {
    await server.value.close();
    await s.value.close();
    process.exit(0);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === SELF) {
  const { values } = parseArgs({ options: { serve: { type: 'string' }, web: { type: 'string' } } });
  if (!values.serve) throw new Error('usage: node scripts/synthetic-server.mjs --serve DB [--web DIR]');
  await serveChild(values.serve, values.web);
}
