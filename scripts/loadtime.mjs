#!/usr/bin/env node
// Load time of the dashboard's network view over a store of synthetic events,
// measured in Debian's chromium (headless) driven by playwright-core.
// Usage: npm run loadtime -- [--events 100000] [--runs 7] [--db PATH]
//   --db reuses (or creates once) a store file, so repeated runs skip the fill.
// Each run opens a fresh browser context (empty HTTP cache: a first visit) and
// reads the page's own performance marks, in ms since navigation started.
// Run 0 is the first load after the server started (its caches may still be
// filling); it is shown apart and the summary is over runs 1..N.
// Marks:
//   ready        the network view is drawn: graph (SVG sketch), edge list, timeline
//   interactive  cytoscape has taken the graph over (pan, zoom, tap a state)
// Set in web/src/network.tsx (NETWORK_READY) and web/src/graph.tsx (GRAPH_INTERACTIVE).
import { parseArgs } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { assertFreshBuild, prepareStore, startServer } from './synthetic-server.mjs';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '7' },
    db: { type: 'string' },
  },
});

const READY = 'dyadwatch:network-ready';
const INTERACTIVE = 'dyadwatch:graph-interactive';
const CHROMIUM = process.env.DYADWATCH_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
assertFreshBuild([['src', 'dist/server/index.js'], ['web', 'web/dist/index.html']]);
const store = await prepareStore({ events: Number(values.events), db: values.db, label: 'loadtime' });
const server = await startServer(store.file, path.join(root, 'web', 'dist'));
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
const rows = [];
try {
  console.log(`loadtime: ${values.runs} runs after a first one on a just-started server, each a first visit (fresh browser context)`);
  for (let i = 0; i <= Number(values.runs); i++) {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/#/network`);
    for (const mark of [READY, INTERACTIVE]) {
      await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 60000 });
    }
    const r = await page.evaluate(([ready, interactive]) => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      ready: performance.getEntriesByName(ready)[0].startTime,
      interactive: performance.getEntriesByName(interactive)[0].startTime,
      edges: window.__cy?.edges().length ?? 0,
    }), [READY, INTERACTIVE]);
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    if (r.edges === 0) throw new Error('the graph has no edges');
    if (i > 0) rows.push(r);
    console.log(`loadtime: run ${i}${i ? '' : ' (server just started)'}: first paint ${ms(r.fcp)}, network ready ${ms(r.ready)}, graph interactive ${ms(r.interactive)} (${r.edges} edges)`);
    await context.close();
  }
  const stats = await (await fetch(`${server.url}/api/stats`)).json();
  console.log(`loadtime: ${stats.events} events in the store`);
} finally {
  await browser.close();
  await server.stop();
  store.cleanup();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const summary = (k) => `${ms(median(rows.map((r) => r[k])))} median, ${ms(Math.max(...rows.map((r) => r[k])))} max`;
console.log(`loadtime: first paint ${summary('fcp')}`);
console.log(`loadtime: network ready ${summary('ready')}`);
console.log(`loadtime: graph interactive ${summary('interactive')}`);

function ms(x) {
  return `${Math.round(x)} ms`;
}
