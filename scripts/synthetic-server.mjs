#!/usr/bin/env node
// Shared by scripts/loadtest.mjs and scripts/loadtime.mjs: a SQLite store of
// synthetic events, served by the compiled server (dist/, as `dyadwatch serve`
// runs it) in a child process, so the measuring side never shares its CPU time.
// Child mode: node scripts/synthetic-server.mjs --serve DB | --postgres URL [--web DIR] [--no-cache]
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
export async function prepareStore({ events, db, postgres, label }) {
  if (postgres) return preparePostgres({ events, postgres, label });
  const file = db ?? path.join(os.tmpdir(), `dyadwatch-${label}-${process.pid}.db`);
  if (!existsSync(file)) {
    const { openStore } = await import('../src/store/open.ts');
    const s = await openStore({ kind: 'sqlite', path: file, url: '', schema: 'dyadwatch' });
    if (!s.ok) throw new Error(s.issues[0].message);
    await fill(s.value, events, label, file);
  }
  return {
    file,
    cleanup: () => {
      if (!db) for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
    },
  };
}

async function fill(store, events, label, where) {
  const { fillSynthetic } = await import('../src/server/synth.case.ts');
  const t0 = Date.now();
  const saved = await fillSynthetic(store, events, (k) => process.stderr.write(`\r${label}: stored ${k} events`));
  await store.close();
  console.log(`\n${label}: ${saved} synthetic events in ${where} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
}

/**
 * A PostgreSQL store (the URL's database, schema dyadwatch) filled with about
 * `events` synthetic events unless it already holds events; it is kept.
 */
async function preparePostgres({ events, postgres, label }) {
  const { openStore } = await import('../src/store/open.ts');
  const s = await openStore({ kind: 'postgres', path: '', url: postgres, schema: 'dyadwatch' });
  if (!s.ok) throw new Error(s.issues[0].message);
  if ((await s.value.stats()).events === 0) await fill(s.value, events, label, postgres);
  else await s.value.close();
  return { postgres, cleanup: () => {} };
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

/**
 * Starts the compiled server on `store` (from prepareStore; or a SQLite path)
 * and the built dashboard when `web` is given; `cache: false` keeps no
 * response in the server's cache. Resolves to { url, stop, pid }.
 */
export async function startServer(store, web = null, { cache = true } = {}) {
  const target = typeof store === 'string' ? ['--serve', store] : store.postgres ? ['--postgres', store.postgres] : ['--serve', store.file];
  const args = [SELF, ...target, ...(web ? ['--web', web] : []), ...(cache ? [] : ['--no-cache'])];
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
  return { url, stop, pid: child.pid };
}

async function serveChild({ serve, postgres, web, cache }) {
  const { openStore } = await import('../dist/store/open.js');
  const { makeConfig } = await import('../dist/config.js');
  const { listen } = await import('../dist/server/index.js');
  const s = await openStore(postgres ? { kind: 'postgres', path: '', url: postgres, schema: 'dyadwatch' } : { kind: 'sqlite', path: serve, url: '', schema: 'dyadwatch' });
  if (!s.ok) throw new Error(s.issues[0].message);
  const c = makeConfig({ server: { port: 0 } });
  if (!c.ok) throw new Error('config');
  // --no-cache: keep no answer, so every request is computed from the store (and nothing is warmed).
  const deps = cache ? { webRoot: web ?? null } : { webRoot: web ?? null, warm: false, cache: { maxEntries: 0, maxBytes: 0 } };
  const server = await listen(c.value, s.value, deps);
  if (!server.ok) throw new Error(server.issues[0].message);
  console.log(`LISTENING ${server.value.url}`);
  process.on('SIGTERM', async () => {
    await server.value.close();
    await s.value.close();
    process.exit(0);
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === SELF) {
  const { values } = parseArgs({
    options: { serve: { type: 'string' }, postgres: { type: 'string' }, web: { type: 'string' }, 'no-cache': { type: 'boolean' } },
  });
  if (!values.serve && !values.postgres) throw new Error('usage: node scripts/synthetic-server.mjs --serve DB | --postgres URL [--web DIR] [--no-cache]');
  await serveChild({ ...values, cache: !values['no-cache'] });
}
