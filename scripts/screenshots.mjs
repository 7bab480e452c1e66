#!/usr/bin/env node
// Regenerates docs/screenshots/network.png, dyad.png and sources.png.
// Usage: node --import tsx scripts/screenshots.mjs [--db dyadwatch.db] [--dyad IRN-RUS]
//   --db    an existing SQLite store; default: the bundled demo articles (demo/articles)
//           coded by the real pipeline into a store in memory
//   --dyad  the dyad to open; default: the one with most events
// Needs chromium (apt-get install -y chromium, or DYADWATCH_CHROMIUM=/path).
import { parseArgs } from 'node:util';
import { rm } from 'node:fs/promises';
import { openStore } from '../src/store/open.ts';
import { makeConfig } from '../src/config.ts';
import { listen } from '../src/server/index.ts';
import { demoStore } from '../src/server/fixtures.case.ts';
import { buildWeb, captureScreens, captureSources, chromiumMissing, launchChromium, SCREENSHOT_DIR } from '../src/server/browser.case.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, dyad: { type: 'string' } } });
const missing = chromiumMissing();
if (missing) {
  console.error(`screenshots: ${missing}`);
  process.exit(1);
}

let store;
if (values.db) {
  const r = await openStore({ kind: 'sqlite', path: values.db, url: '', schema: 'dyadwatch' });
  if (!r.ok) {
    console.error(r.issues.map((i) => `${i.code} ${i.message}`).join('\n'));
    process.exit(1);
  }
  store = r.value;
} else {
  store = await demoStore();
  // A second source whose host refuses connections (a closed local port), polled for real
  // three times, so the Sources view shows a source going unhealthy with its last error.
  const { Follower } = await import('../src/ingest/follow/follower.ts');
  const { createGuard } = await import('../src/ingest/follow/guard.ts');
  const { DEFAULT_FOLLOW_SETTINGS } = await import('../src/ingest/follow/settings.ts');
  const follower = new Follower({
    store, guard: createGuard(['127.0.0.1']), settings: { ...DEFAULT_FOLLOW_SETTINGS, minDelayMs: 0 },
    ingest: async () => { throw new Error('nothing is fetched from a closed port'); },
  });
  await store.upsertSource({ id: 'closed-port-example', url: 'http://127.0.0.1:9/feed.xml', kind: 'feed', everySec: 900, outlet: null, language: null, tags: ['example'], origin: 'file' });
  for (let i = 0; i < 3; i++) await follower.poll(await store.source('closed-port-example'));
  await follower.close();
}

const config = makeConfig({ server: { port: 0 } });
if (!config.ok) throw new Error('bad config');
const webRoot = await buildWeb();
const server = await listen(config.value, store, { webRoot });
if (!server.ok) {
  console.error(server.issues.map((i) => `${i.code} ${i.message}`).join('\n'));
  process.exit(1);
}
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const dyad = values.dyad ? values.dyad.toUpperCase().split('-') : undefined;
  const pair = await captureScreens(page, server.value.url, SCREENSHOT_DIR, dyad);
  await captureSources(page, server.value.url, SCREENSHOT_DIR);
  console.log(`screenshots: wrote ${SCREENSHOT_DIR}/network.png, dyad.png (dyad ${pair.join('-')}) and sources.png`);
} finally {
  await browser.close();
  await server.value.close();
  await store.close();
  await rm(webRoot, { recursive: true, force: true });
}
