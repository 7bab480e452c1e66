#!/usr/bin/env node
// Load test of the HTTP API: a store of synthetic events served by the
// compiled server in a child process; the requests run here, in a second process.
// Usage: npm run loadtest -- [--suite events|queries] [--events 100000] [--db PATH] [--postgres URL]
//                            [--connections 50] [--duration 10] [--requests 1000] [--no-cache]
//   --db reuses (or creates once) a SQLite store file, so repeated runs skip the fill.
//   --postgres URL: the queries suite runs against SQLite and then this
//     PostgreSQL database (schema dyadwatch, filled once when it holds no events)
//     and prints both side by side.
//   --no-cache: the server keeps no response (every request computed from the store).
// Suite events (default): /api/events (the default first page), a dyad-filtered
// page, and pages at random cursors (every request a cache miss), under autocannon.
// Suite queries: the dashboard's aggregates, /api/dyads and a dyad's timeline,
// UNCACHED (the server runs with --no-cache), one request at a time so the
// figures are each request's own latency (p50/p95/p99 over --requests requests).
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { assertFreshBuild, prepareStore, startServer } from './synthetic-server.mjs';

const { values } = parseArgs({
  options: {
    suite: { type: 'string', default: 'events' },
    events: { type: 'string', default: '100000' },
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
    requests: { type: 'string', default: '1000' },
    db: { type: 'string' },
    postgres: { type: 'string' },
    'no-cache': { type: 'boolean' },
  },
});

/** The dashboard's default filter (web/src/route.ts: denied reports hidden). */
const DASHBOARD = 'modality=actual,future,conditional';

assertFreshBuild([['src', 'dist/server/index.js']]);
const events = Number(values.events);

async function eventsSuite() {
  const store = await prepareStore({ events, db: values.db, label: 'loadtest' });
  const server = await startServer(store, null, { cache: !values['no-cache'] });
  try {
    // The dashboard's aggregates (unfiltered, so not precomputed at start) and the measured
    // page, each asked twice: computed from the store, then from the response cache.
    for (const p of ['/api/dyads?limit=300', '/api/series?bucket=month', '/api/events']) {
      console.log(`loadtest: single request ${p}: computed ${await timing(server.url, p)}, cached ${await timing(server.url, p)}`);
    }
    const cursor = (seq) => Buffer.from(`dw1:${seq}`).toString('base64url');
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
}

async function timing(base, p) {
  const t = performance.now();
  const r = await fetch(base + p);
  await r.arrayBuffer();
  if (!r.ok) throw new Error(`${p}: HTTP ${r.status}`);
  return `${(performance.now() - t).toFixed(0)} ms`;
}

/** Requests of the queries suite: label and a path maker (random dyads drawn from the store's dyad list). */
function queryCases(dyads) {
  let seed = 7;
  // A fixed pseudo-random sequence, so SQLite and PostgreSQL get the same dyads.
  const pick = () => dyads[(seed = (seed * 48271) % 2147483647) % dyads.length];
  const series = (bucket, q = '') => () => {
    const d = pick();
    return `/api/dyads/${d.a}/${d.b}/series?bucket=${bucket}${q ? `&${q}` : ''}`;
  };
  return [
    ['/api/dyads?limit=300', () => '/api/dyads?limit=300'],
    [`/api/dyads?limit=300&${DASHBOARD}`, () => `/api/dyads?limit=300&${DASHBOARD}`],
    ['/api/dyads/A/B/series?bucket=week, random dyad', series('week')],
    [`/api/dyads/A/B/series?bucket=week&${DASHBOARD}`, series('week', DASHBOARD)],
    ['/api/dyads/A/B/series?bucket=month, random dyad', series('month')],
    // For contrast, a filter the summaries cannot answer (hundreds of ms at 1 M events: fewer requests).
    ['/api/dyads?since=2024-01-01 (events table, not summarised)', () => '/api/dyads?limit=300&since=2024-01-01', 50],
  ];
}

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); null elsewhere. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/**
 * Sequential requests after a warm-up: each figure is one request's latency,
 * without queueing behind others. Also the server's CPU time per request,
 * which a busy shared machine inflates far less than wall-clock latency.
 */
async function measure(server, make, n) {
  for (let i = 0; i < Math.min(50, n / 5); i++) await timingMs(server.url, make());
  const ms = [];
  const cpu0 = cpuSeconds(server.pid);
  for (let i = 0; i < n; i++) ms.push(await timingMs(server.url, make()));
  const cpu1 = cpuSeconds(server.pid);
  ms.sort((a, b) => a - b);
  const cpu = cpu0 === null || cpu1 === null ? null : ((cpu1 - cpu0) * 1000) / n;
  return { p50: pct(ms, 50), p95: pct(ms, 95), p99: pct(ms, 99), max: ms[ms.length - 1], cpu };
}

async function timingMs(base, p) {
  const t = performance.now();
  const r = await fetch(base + p);
  await r.arrayBuffer();
  if (!r.ok) throw new Error(`${p}: HTTP ${r.status}`);
  return performance.now() - t;
}

async function runQueries(store, label) {
  const server = await startServer(store, null, { cache: false });
  try {
    const dyads = (await (await fetch(`${server.url}/api/dyads?limit=300`)).json()).items;
    const out = [];
    for (const [name, make, most] of queryCases(dyads)) {
      const m = await measure(server, make, Math.min(Number(values.requests), most ?? Infinity));
      console.log(`loadtest: ${label} uncached ${name}: p50 ${m.p50.toFixed(2)} ms, p95 ${m.p95.toFixed(2)} ms, p99 ${m.p99.toFixed(2)} ms, ` +
        `max ${m.max.toFixed(1)} ms; server CPU ${m.cpu === null ? '?' : m.cpu.toFixed(2)} ms per request`);
      out.push([name, m]);
    }
    return out;
  } finally {
    await server.stop();
  }
}

async function queriesSuite() {
  const lite = await prepareStore({ events, db: values.db, label: 'loadtest' });
  const results = [['SQLite', await runQueries(lite, 'SQLite')]];
  lite.cleanup();
  if (values.postgres) {
    const pg = await prepareStore({ events, postgres: values.postgres, label: 'loadtest' });
    results.push(['PostgreSQL', await runQueries(pg, 'PostgreSQL')]);
  }
  const f = (m) => `${m.p50.toFixed(1)} / ${m.p95.toFixed(1)} / ${m.p99.toFixed(1)} (${m.cpu === null ? '?' : m.cpu.toFixed(2)})`;
  const [load] = loadavg();
  console.log(`\n| uncached, one request at a time, ${values.requests} requests (load average ${load.toFixed(1)} on ${availableParallelism()} cores) | ` +
    `${results.map(([k]) => `${k} p50 / p95 / p99 ms (server CPU ms)`).join(' | ')} |`);
  console.log(`| --- | ${results.map(() => '---').join(' | ')} |`);
  results[0][1].forEach(([name], i) => console.log(`| \`${name}\` | ${results.map(([, r]) => f(r[i][1])).join(' | ')} |`));
}

// Last, after every declaration above has been initialised.
if (values.suite === 'queries') await queriesSuite();
else await eventsSuite();
