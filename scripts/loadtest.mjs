#!/usr/bin/env node
// Load test of the HTTP API: a SQLite store of synthetic events served by the
// compiled server in a child process; autocannon runs here, in a second process.
// Usage: npm run loadtest -- [--events 100000] [--connections 50] [--duration 10] [--db PATH]
//   --db reuses (or creates once) a store file, so repeated runs skip the fill.
// Measures /api/events (the default first page: the criterion), a
// dyad-filtered page, and pages at random cursors (every request a cache miss).
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { assertFreshBuild, prepareStore, startServer } from './synthetic-server.mjs';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    db: { type: 'string' },
  },
});

assertFreshBuild([['src', 'dist/server/index.js']]);
const store = await prepareStore({ events: Number(values.events), db: values.db, label: 'loadtest' });
const server = await startServer(store.file);
try {
  const timing = async (p) => {
    const t = performance.now();
    const r = await fetch(server.url + p);
    await r.arrayBuffer();
    if (!r.ok) throw new Error(`${p}: HTTP ${r.status}`);
    return `${(performance.now() - t).toFixed(0)} ms`;
  };
  // The dashboard's aggregates (unfiltered, so not precomputed at start) and the measured
  // page, each asked twice: computed from the store, then from the response cache.
  for (const p of ['/api/dyads?limit=300', '/api/series?bucket=month', '/api/events']) {
    console.log(`loadtest: single request ${p}: computed ${await timing(p)}, cached ${await timing(p)}`);
  }
  const cursor = (seq) => Buffer.from(`dw1:${seq}`).toString('base64url');
  const events = Number(values.events);
  const runs = [
    ['/api/events', {}],
    ['/api/events?limit=100&dyad=RUS-USA', {}],
    // Every request a different page: nothing can come from the response cache.
    ['/api/events?cursor=<random>', { requests: [{ setupRequest: (r) => ({ ...r, path: `/api/events?cursor=${cursor(Math.floor(Math.random() * events))}` }) }] }],
  ];
  for (const [label, extra] of runs) {
    const result = await autocannon({
      url: server.url + (label.includes('<') ? '/api/events' : label),
      connections: Number(values.connections),
      duration: Number(values.duration),
      ...extra,
    });
    console.log(`loadtest: ${label}, ${values.connections} connections, ${values.duration} s: ` +
      `${result.requests.average.toFixed(0)} req/s average, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ` +
      `${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`);
  }
} finally {
  await server.stop();
  store.cleanup();
}
