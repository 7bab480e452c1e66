import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { PACKAGE_ROOT } from '../../config.js';
import type { Store } from '../../store/store.js';
import { htmlItem } from '../html.js';
import { createGuard } from './guard.js';
import type { IngestArticle, PollReport } from './follower.js';
import { Follower } from './follower.js';
import { DEFAULT_FOLLOW_SETTINGS } from './settings.js';

/** The demo's feed pages (written for the project, see demo/README.md). */
export const DEMO_FEED_DIR = path.join(PACKAGE_ROOT, 'demo', 'feed');
/** Id of the demo's source in the store. */
export const DEMO_SOURCE_ID = 'demo-wire';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const metaOf = (html: string, name: string) => new RegExp(`<meta (?:name|property)="${name}" content="([^"]*)"`).exec(html)?.[1] ?? '';

/** An RSS feed listing the pages with title, date and a one-line summary only: the follower fetches each page. */
function demoRss(base: string, files: string[], dir: string): string {
  const items = files.map((f) => {
    const html = fs.readFileSync(path.join(dir, f), 'utf8');
    const item = htmlItem(html, f);
    const title = item.kind === 'article' ? (item.raw.title ?? f) : f;
    const date = new Date(`${metaOf(html, 'article:published_time')}T12:00:00Z`).toUTCString();
    return `<item><guid>${esc(f)}</guid><title>${esc(title)}</title><link>${base}/news/${esc(f)}</link><pubDate>${date}</pubDate><description>${esc(metaOf(html, 'description'))}</description></item>`;
  });
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>dyadwatch demo wire</title><link>${base}/</link><language>en</language>${items.join('')}</channel></rss>`;
}

/**
 * A local feed server for the demo, on 127.0.0.1 and a free port: /feed.xml
 * lists the pages of `dir`, /news/NAME serves them, /robots.txt allows all.
 * Nothing leaves the machine.
 */
export async function startDemoFeed(dir = DEMO_FEED_DIR): Promise<{ url: string; close: () => Promise<void> }> {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  const server = http.createServer((req, res) => {
    const p = (req.url ?? '/').split('?')[0]!;
    const base = `http://${req.headers.host}`;
    const name = p.startsWith('/news/') ? decodeURIComponent(p.slice(6)) : null;
    if (p === '/feed.xml') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(demoRss(base, files, dir));
    else if (p === '/robots.txt') res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    else if (name && files.includes(name)) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(fs.readFileSync(path.join(dir, name)));
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/feed.xml`,
    close: () => new Promise((r) => (server.closeAllConnections(), server.close(() => r()))),
  };
}

/**
 * The demo's following step: serves demo/feed locally, registers it as the
 * source "demo-wire" and polls it once, as `follow --once` would.
 */
export async function followDemoFeed(store: Store, ingest: IngestArticle): Promise<PollReport> {
  const feed = await startDemoFeed();
  const follower = new Follower({ store, ingest, guard: createGuard(['127.0.0.1']), settings: { ...DEFAULT_FOLLOW_SETTINGS, minDelayMs: 0 } });
  try {
    await store.upsertSource({ id: DEMO_SOURCE_ID, url: feed.url, kind: 'feed', everySec: 900, outlet: null, language: 'en', tags: ['demo'], origin: 'file' });
    return await follower.poll((await store.source(DEMO_SOURCE_ID))!);
  } finally {
    await follower.close();
    await feed.close();
  }
}
