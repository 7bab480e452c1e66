#!/usr/bin/env node
// Load test of the HTTP API: builds a SQLite store with many synthetic events,
// starts `dyadwatch`'s server on it in a child process, then runs autocannon
// from this process against /api/events and prints req/s and p99 latency.
// Usage: node --import tsx scripts/loadtest.mjs [--events 100000] [--connections 50] [--duration 10] [--db PATH]
//   --db reuses (or creates once) a store file, so repeated runs skip the fill.
import { parseArgs } from 'node:util';
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    db: { type: 'string' },
    serve: { type: 'string' },
  },
});

if (values.serve) {
  // Child mode: serve the given store on a free port and print the address.
  const { openStore } = await import('../src/store/open.ts');
  const { makeConfig } = await import('../src/config.ts');
  const { listen } = await import('../src/server/index.ts');
  const s = await openStore({ kind: 'sqlite', path: values.serve, url: '', schema: 'dyadwatch' });
  if (!s.ok) throw new Error(s.issues[0].message);
  const c = makeConfig({ server: { port: 0 } });
  if (!c.ok) throw new Error('config');
  const server = await listen(c.value, s.value, { webRoot: null });
  if (!server.ok) throw new Error(server.issues[0].message);
  console.log(`LISTENING ${server.value.url}`);
  process.on('SIGTERM', async () => {
    await server.value.close();
    await s.value.close();
    process.exit(0);
  });
} else {
  await main();
}

async function main() {
  const n = Number(values.events);
  const db = values.db ?? path.join(os.tmpdir(), `dyadwatch-load-${process.pid}.db`);
  const fresh = !existsSync(db);
  if (fresh) {
    const { openStore } = await import('../src/store/open.ts');
    const { fillSynthetic } = await import('../src/server/synth.case.ts');
    const s = await openStore({ kind: 'sqlite', path: db, url: '', schema: 'dyadwatch' });
    if (!s.ok) throw new Error(s.issues[0].message);
    const t0 = Date.now();
    const saved = await fillSynthetic(s.value, n, (k) => process.stderr.write(`\rloadtest: stored ${k} events`));
    await s.value.close();
    console.log(`\nloadtest: ${saved} synthetic events in ${db} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }

  const self = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--import', 'tsx', self, '--serve', db], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (b) => {
      out += b;
      const m = /LISTENING (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code})`)));
  });

  try {
    const timing = async (p) => {
      const t = performance.now();
      const r = await fetch(url + p);
      await r.arrayBuffer();
      return `${p} ${r.status} ${(performance.now() - t).toFixed(0)} ms`;
    };
    // What the dashboard's first paint needs (cold, then warm).
    for (const p of ['/api/dyads?limit=300', '/api/series?bucket=month', '/api/dyads?limit=300', '/api/events?limit=100']) {
      console.log(`loadtest: single request ${await timing(p)}`);
    }
    const { default: autocannon } = await import('autocannon');
    const result = await autocannon({
      url: `${url}/api/events?limit=100&dyad=RUS-USA`,
      connections: Number(values.connections),
      duration: Number(values.duration),
    });
    console.log(`loadtest: /api/events?limit=100&dyad=RUS-USA, ${values.connections} connections, ${values.duration} s`);
    console.log(`loadtest: ${result.requests.average.toFixed(0)} req/s average, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
      `${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  } finally {
    child.kill('SIGTERM');
    if (!values.db) for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
  }
}
