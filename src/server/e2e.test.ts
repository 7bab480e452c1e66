import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Store } from '../store/store.js';
import { docFrom, event } from '../store/fixtures.case.js';
import { demoStore, fixtureServer, XSS_ARTICLE } from './fixtures.case.js';
import { buildWeb, captureScreens, captureSources, chromiumMissing, launchChromium, TEST_SCREENSHOT_DIR, tapEdge } from './browser.case.js';

const missing = chromiumMissing();
if (missing) console.log(missing);

// One build and one browser for the file: both take seconds on a shared machine.
let webRoot = '';
let browser: Browser | null = null;
before(async () => {
  if (missing) return;
  webRoot = await buildWeb();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  if (webRoot) await rm(webRoot, { recursive: true, force: true });
});

/** Runs `fn` with the built dashboard served over `store` (default: the fixtures) and a fresh page. */
async function withDashboard(fn: (page: Page, url: string, dialogs: string[], store: Store) => Promise<void>, store?: Store): Promise<void> {
  const s = await fixtureServer({ webRoot, pollMs: 200 }, undefined, store);
  const page = await browser!.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    const dialogs: string[] = [];
    // Any alert() means injected markup ran: record it, dismiss it, fail later.
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await fn(page, s.url, dialogs, s.store);
    assert.deepEqual(errors, [], 'no uncaught errors in the page');
  } finally {
    await page.close();
    await s.done();
  }
}

test('dashboard: network, edge tap to dyad, evidence highlight, shareable URL, XSS stays text', { skip: missing ?? false, timeout: 120000 }, async () => {
  await withDashboard(async (page, url, dialogs, store) => {
    // Static files come with real content types.
    const js = await page.request.get(`${url}/`);
    assert.match(js.headers()['content-type'] ?? '', /^text\/html/);

    // Network view, then a tap on the IRN-RUS edge (the shared helper walks to the dyad).
    const shots = await mkdtemp(path.join(os.tmpdir(), 'dyadwatch-shots-'));
    const pair = await captureScreens(page, url, shots, ['IRN', 'RUS']);
    await rm(shots, { recursive: true, force: true });
    assert.deepEqual(pair, ['IRN', 'RUS']);
    assert.match(page.url(), /#\/dyad\/IRN\/RUS/);
    assert.equal((await page.textContent('[data-testid="dyad-title"]'))?.trim(), 'IRN ↔ RUS');

    // The evidence drawer highlights source, target and trigger inside the sentence.
    const marks = await page.$$eval('[data-testid="evidence-sentence"] mark', (ms) => ms.map((m) => [m.getAttribute('data-kind'), m.textContent]));
    assert.deepEqual(marks.filter(([k]) => k === 'source' || k === 'target' || k === 'trigger').map(([, t]) => t), ['Iran', 'delivered', 'Russia']);
    const drawer = (await page.textContent('[data-testid="evidence"]')) ?? '';
    for (const expected of ['verb:072:deliver', 'test-1', 'Ukrainian intelligence', 'claimed by UKR', 'Shahed-136']) {
      assert.ok(drawer.includes(expected), `drawer shows ${expected}`);
    }

    // Transfers table and claims ledger are filled from the API.
    assert.match((await page.textContent('[data-testid="transfers"]')) ?? '', /Shahed-136/);
    assert.match((await page.textContent('[data-testid="claims"]')) ?? '', /UKR\s+asserts[\s\S]*IRN\s+denies/);

    // The URL is the view: reloading lands on the same dyad with the same drawer open.
    const shared = page.url();
    await page.goto('about:blank');
    await page.goto(shared);
    await page.waitForSelector('[data-testid="evidence-sentence"] mark.hl-trigger');
    assert.equal((await page.textContent('[data-testid="dyad-title"]'))?.trim(), 'IRN ↔ RUS');

    // An article full of markup renders as text: no <img>, no <script>, no alert.
    await page.goto(`${url}/#/article/${XSS_ARTICLE}`);
    await page.waitForSelector('[data-testid="article-text"]');
    await page.waitForTimeout(300);
    const article = await page.$eval('[data-testid="article-text"]', (el) => ({ text: el.textContent, imgs: el.querySelectorAll('img').length, scripts: el.querySelectorAll('script').length }));
    assert.match(article.text ?? '', /<img src=x onerror=alert\(1\)>/);
    assert.match(article.text ?? '', /<script>alert\(2\)<\/script>/);
    assert.deepEqual([article.imgs, article.scripts], [0, 0]);
    assert.match((await page.textContent('[data-testid="article-title"]')) ?? '', /<script>alert\(3\)<\/script>/);
    assert.equal(await page.$$eval('img[src="x"], b', (els) => els.length), 0);
    // The same sentence in the evidence drawer and in search results stays text too.
    await page.goto(`${url}/#/dyad/IRN/RUS?ev=${encodeURIComponent(`${XSS_ARTICLE}:0:051:pledged`)}`);
    await page.waitForSelector('[data-testid="evidence-sentence"] mark.hl-trigger');
    const drawer2 = await page.$eval('[data-testid="evidence-sentence"]', (el) => ({ text: el.textContent, tags: el.querySelectorAll('img, script, b').length }));
    assert.match(drawer2.text ?? '', /<img src=x onerror=alert\(1\)>/);
    assert.equal(drawer2.tags, 0);
    await page.goto(`${url}/#/search?q=${encodeURIComponent('witnesses pledged')}`);
    await page.waitForSelector('[data-testid="hits"] li');
    const hits = await page.$eval('[data-testid="hits"]', (el) => ({ text: el.textContent, tags: el.querySelectorAll('img, script').length }));
    assert.match(hits.text ?? '', /<script>alert\(2\)<\/script>/);
    assert.equal(hits.tags, 0);
    await page.waitForTimeout(300);
    assert.deepEqual(dialogs, []);

    // Full-text search from the header box.
    await page.fill('#q', 'naval drills');
    await page.press('#q', 'Enter');
    // The previous search's hits are still on the page: wait for the new query's answer, not for any list.
    await page.waitForFunction(() => location.hash.includes('naval') && /naval drills/.test(document.querySelector('[data-testid="hits"]')?.textContent ?? ''), undefined, { timeout: 10000 }).catch(() => undefined);
    assert.match((await page.textContent('[data-testid="hits"]')) ?? '', /joint naval drills/);

    // Filters go into the URL; the denial shows up only when asked for.
    await page.goto(`${url}/#/dyad/IRN/RUS?denied=1`);
    await page.waitForSelector('[data-testid="events"] button');
    assert.equal(await page.$$eval('[data-testid="events"] tbody tr', (r) => r.length), 3);
    await page.goto(`${url}/#/network?code=19`);
    await page.waitForSelector('[data-testid="edge-IRN-ISR"]');
    await tapEdge(page, 'IRN', 'ISR');
    await page.waitForFunction(() => location.hash.startsWith('#/dyad/IRN/ISR?code=19'));

    // A new event stored while the page is open arrives over /api/stream and the view refreshes.
    await page.goto(`${url}/#/network`);
    await page.waitForSelector('.live.on');
    const d = docFrom({ id: 'live2', published: '2025-08-01', paragraphs: [['Belarus sent tanks to Russia.']] });
    event(d, 0, 'sent', { code: '072', quadClass: 2, source: 'BLR', target: 'RUS', date: '2025-08-01', datePrecision: 'day' });
    await store.saveDoc(d);
    await page.waitForSelector('[data-testid="edge-BLR-RUS"]', { timeout: 10000 });
    assert.match((await page.textContent('.live')) ?? '', /1 new/);
  });
});

test('screenshots of the demo corpus: network.png, dyad.png and sources.png (in .dyadwatch/screenshots)', { skip: missing ?? false, timeout: 180000 }, async () => {
  const store = await demoStore();
  const before = Date.now();
  await withDashboard(async (page, url) => {
    const pair = await captureScreens(page, url, TEST_SCREENSHOT_DIR, ['IRN', 'RUS']);
    assert.deepEqual(pair, ['IRN', 'RUS']);
    assert.ok((await page.$$('[data-testid="events"] tbody tr')).length > 0, 'the demo has IRN-RUS events');
    await captureSources(page, url, TEST_SCREENSHOT_DIR);
    assert.match((await page.textContent('.source-table')) ?? '', /demo-wire\s*.*feed\s*ok/s);
    assert.ok((await page.$$('.fetch-log tr')).length >= 4, 'the feed and its three pages were fetched');
  }, store);
  for (const f of ['network.png', 'dyad.png', 'sources.png']) {
    const p = path.join(TEST_SCREENSHOT_DIR, f);
    assert.ok(existsSync(p) && statSync(p).mtimeMs >= before - 1000 && statSync(p).size > 10000, `${f} written`);
  }
});
