import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PACKAGE_ROOT } from '../config.js';

/**
 * Shared by the end-to-end test and scripts/screenshots.mjs: find Debian's
 * chromium, build the dashboard, and walk network -> dyad -> evidence.
 */

export const CHROMIUM_PATH = process.env.DYADWATCH_CHROMIUM ?? '/usr/bin/chromium';

/** Null when chromium is available, else why the browser tests are skipped. */
export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM_PATH)
    ? null
    : `chromium not found at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set DYADWATCH_CHROMIUM; browser tests skipped`;
}

/** Launches headless chromium with the flags that work in containers and CI. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Builds web/ with Vite into a fresh temporary directory (so the test never sees a stale build). */
export async function buildWeb(): Promise<string> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'dyadwatch-web-'));
  const { build } = await import('vite');
  await build({
    configFile: path.join(PACKAGE_ROOT, 'web', 'vite.config.mjs'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** The dashboard exposes its cytoscape instance as window.__cy. */
export type CyWindow = { __cy?: { edges(): { length: number }; $(sel: string): { length: number; emit(ev: string): void } } };

/** Taps a dyad's edge in the graph, the way a mouse click would. */
export async function tapEdge(page: Page, a: string, b: string): Promise<void> {
  // Let the page render a frame first: headless chromium on a starved machine was
  // seen to hold a navigating evaluate for a minute when no frame was pending.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
  const found = await page.evaluate((id) => {
    const edge = (window as unknown as CyWindow).__cy?.$(`#${id}`);
    if (!edge?.length) return false;
    edge.emit('tap');
    return true;
  }, `edge-${a}-${b}`);
  if (!found) throw new Error(`no edge ${a}-${b} in the graph`);
}

/** Where the documentation screenshots live. */
export const SCREENSHOT_DIR = path.join(PACKAGE_ROOT, 'docs', 'screenshots');

/**
 * Where the browser tests save theirs: git-ignored, so `npm test` never
 * dirties the tracked README images (`npm run screenshots` refreshes those).
 */
export const TEST_SCREENSHOT_DIR = path.join(PACKAGE_ROOT, '.dyadwatch', 'screenshots');

/**
 * Opens the network view, screenshots it, opens a dyad by tapping its edge in
 * cytoscape (the top dyad unless one is given), opens the first aid event's
 * evidence (else the first event's) and screenshots the dyad view. Returns the dyad opened.
 */
export async function captureScreens(page: Page, url: string, outDir: string, dyad?: [string, string]): Promise<[string, string]> {
  mkdirSync(outDir, { recursive: true });
  await page.goto(`${url}/#/network`);
  await page.waitForSelector('.edge-list a');
  await page.waitForFunction(() => ((window as unknown as CyWindow).__cy?.edges().length ?? 0) > 0);
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(outDir, 'network.png') });
  const pair =
    dyad ??
    ((await page.$eval('.edge-list a', (a) => (a.getAttribute('data-testid') ?? '').replace(/^edge-/, '').split('-'))) as [string, string]);
  await tapEdge(page, pair[0], pair[1]);
  await page.waitForSelector('[data-testid="dyad-title"]');
  await page.waitForSelector('[data-testid="events"] button');
  // Prefer an arms-transfer event (07x): it shows every slot of the evidence drawer.
  const testId = await page.$$eval('[data-testid="events"] tbody tr', (rows) => {
    const ids = rows.map((r) => [r.querySelector('code')?.textContent ?? '', r.querySelector('button')?.getAttribute('data-testid') ?? '']);
    return (ids.find(([code]) => code.startsWith('07')) ?? ids[0])![1];
  });
  await page.click(`[data-testid="${testId}"]`);
  await page.waitForSelector('[data-testid="evidence-sentence"] mark');
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(outDir, 'dyad.png') });
  return pair;
}

/** Opens the Sources view, opens the first source's fetch log and screenshots it as sources.png. */
export async function captureSources(page: Page, url: string, outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await page.goto(`${url}/#/sources`);
  await page.waitForSelector('.source-table tbody tr');
  await page.click('.source-table tbody tr button');
  await page.waitForSelector('.fetch-log tr');
  await page.waitForTimeout(200);
  await page.screenshot({ path: path.join(outDir, 'sources.png') });
}
