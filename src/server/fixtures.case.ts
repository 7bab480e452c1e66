import type { Doc } from '../core/doc.js';
import type { Claim } from '../core/event.js';
import type { Store } from '../store/store.js';
import { openStore } from '../store/open.js';
import { makeConfig } from '../config.js';
import type { Config, ConfigInput } from '../config.js';
import { docFrom, event, mention, spanOf } from '../store/fixtures.case.js';
import { listen } from './index.js';
import type { RunningServer } from './index.js';
import type { ServerDeps } from './context.js';

/**
 * Hand-written articles and events for the API and dashboard tests, until the
 * demo corpus is wired in. Sentences are our own; spans are found in the text.
 */

/** The article holding markup that must never render as markup. */
export const XSS_ARTICLE = 'x1';
export const XSS_SENTENCE = 'Witnesses saw <img src=x onerror=alert(1)> as Tehran <script>alert(2)</script> pledged support to Moscow.';

/** Iran-Russia drone deliveries, a denial, a hedged North Korean shipment, drills and a strike. */
export function serverDocs(): Doc[] {
  const a = docFrom({
    id: 'd1', published: '2025-03-10',
    paragraphs: [[
      'Iran delivered 200 Shahed-136 drones to Russia in February, Ukrainian intelligence said.',
      'Iran denied supplying any drones to Russia.',
      'North Korea may have shipped artillery shells to Russia, officials believe.',
    ]],
  });
  mention(a, 0, 'Iran', 'IRN');
  mention(a, 0, 'Russia', 'RUS');
  mention(a, 0, 'Ukrainian intelligence', 'UKR', 'body');
  event(a, 0, 'delivered', {
    code: '072', plover: 'AID', goldstein: 8.3, quadClass: 2, source: 'IRN', target: 'RUS', sourceActor: 'IRNGOV', targetActor: 'RUSMIL',
    sourceSpan: spanOf(a, 0, 'Iran'), targetSpan: spanOf(a, 0, 'Russia'), weapon: 'drone', system: 'Shahed-136', maker: 'IRN',
    quantity: '200', quantityMin: 200, quantityMax: 200, stage: 'delivered', weaponSpan: spanOf(a, 0, 'drones'), quantitySpan: spanOf(a, 0, '200'),
    claimant: 'UKR', chain: [
      { kind: 'outlet', name: 'Test Wire', actor: null, role: null, span: null },
      { kind: 'claimant', name: 'Ukrainian intelligence', actor: 'UKRMIL', role: null, span: spanOf(a, 0, 'Ukrainian intelligence') },
    ],
    date: '2025-02-15', datePrecision: 'month', dateSource: 'text', claimId: 'c1', rules: ['verb:072:deliver', 'actors:state', 'arms:drone', 'attr:said'],
  });
  event(a, 1, 'supplying', {
    code: '072', plover: 'AID', goldstein: 8.3, quadClass: 2, source: 'IRN', target: 'RUS', sourceSpan: spanOf(a, 1, 'Iran'),
    targetSpan: spanOf(a, 1, 'Russia'), weapon: 'drone', modality: 'negated', claimant: 'IRN', date: '2025-03-10', datePrecision: 'day',
    dateSource: 'report', claimId: 'c1', rules: ['verb:072:supply', 'modality:deny'],
  });
  event(a, 2, 'shipped', {
    code: '072', plover: 'AID', goldstein: 8.3, quadClass: 2, source: 'PRK', target: 'RUS', sourceSpan: spanOf(a, 2, 'North Korea'),
    targetSpan: spanOf(a, 2, 'Russia'), weapon: 'artillery_ammunition', stage: 'in_transit', hedged: true,
    cueSpans: [spanOf(a, 2, 'may have'), spanOf(a, 2, 'believe')], date: '2025-03-10', datePrecision: 'day', dateSource: 'report',
  });
  const b = docFrom({
    id: 'd2', published: '2025-04-22',
    paragraphs: [['Russia and China held joint naval drills in the Sea of Japan.', 'Israel struck Iranian air defences near Isfahan.']],
  });
  event(b, 0, 'held joint naval drills', {
    code: '062', plover: 'COOPERATE', goldstein: 7, quadClass: 2, source: 'RUS', target: 'CHN',
    sourceSpan: spanOf(b, 0, 'Russia'), targetSpan: spanOf(b, 0, 'China'), date: '2025-04-22', datePrecision: 'day', dateSource: 'report',
  });
  event(b, 1, 'struck', {
    code: '195', plover: 'ASSAULT', goldstein: -10, quadClass: 4, source: 'ISR', target: 'IRN',
    sourceSpan: spanOf(b, 1, 'Israel'), targetSpan: spanOf(b, 1, 'Iranian'), date: '2025-04-21', datePrecision: 'day', dateSource: 'text',
  });
  const x = docFrom({ id: XSS_ARTICLE, published: '2025-05-05', paragraphs: [[XSS_SENTENCE]] });
  event(x, 0, 'pledged', {
    code: '051', plover: 'SUPPORT', goldstein: 3.4, quadClass: 1, source: 'IRN', target: 'RUS',
    sourceSpan: spanOf(x, 0, 'Tehran'), targetSpan: spanOf(x, 0, 'Moscow'), date: '2025-05-05', datePrecision: 'day', dateSource: 'report',
  });
  x.article.title = 'Pledge <b>bold</b> <script>alert(3)</script>';
  return [a, b, x];
}

/** The one claim of the fixtures: Iran supplying drones to Russia, asserted by Ukraine, denied by Iran. */
export function serverClaims(): { claims: Claim[]; links: { eventId: string; claimId: string }[] } {
  const assertId = 'd1:0:072:delivered';
  const denyId = 'd1:1:072:supplying';
  return {
    claims: [{ id: 'c1', source: 'IRN', target: 'RUS', root: '07', weapon: 'drone', asserting: [assertId], denying: [denyId] }],
    links: [{ eventId: assertId, claimId: 'c1' }, { eventId: denyId, claimId: 'c1' }],
  };
}

/** An in-memory SQLite store holding the fixtures. */
export async function fixtureStore(docs: Doc[] = serverDocs()): Promise<Store> {
  const s = await openStore({ kind: 'sqlite', path: ':memory:', url: '', schema: 'x' });
  if (!s.ok) throw new Error(s.issues.map((i) => i.message).join('; '));
  for (const d of docs) await s.value.saveDoc(d);
  const { claims, links } = serverClaims();
  await s.value.saveClaims(claims, links);
  return s.value;
}

/** Test config: port 0 (any free port), a known token, loopback host. */
export function testConfig(server: ConfigInput['server'] = {}): Config {
  const c = makeConfig({ server: { port: 0, token: 'test-token', ...server } });
  if (!c.ok) throw new Error('bad test config');
  return c.value;
}

/** A real listening server on a fixture store; call `done()` to close both. */
export async function fixtureServer(
  deps: ServerDeps = {},
  config: Config = testConfig(),
  given?: Store,
): Promise<{ url: string; store: Store; server: RunningServer; done: () => Promise<void> }> {
  const store = given ?? (await fixtureStore());
  const r = await listen(config, store, { webRoot: null, log: () => {}, warm: false, ...deps });
  if (!r.ok) throw new Error(r.issues[0]!.message);
  const server = r.value;
  return { url: server.url, store, server, done: async () => { await server.close(); await store.close(); } };
}

/** The bundled demo articles, coded by the real pipeline into an in-memory store (for screenshots). */
export async function demoStore(): Promise<Store> {
  const { buildDefaultPipeline } = await import('../pipeline/default.js');
  const { ingestPaths } = await import('../pipeline/ingest.js');
  const { PACKAGE_ROOT } = await import('../config.js');
  const path = await import('node:path');
  const config = testConfig();
  const pipeline = buildDefaultPipeline(config);
  if (!pipeline.ok) throw new Error(pipeline.issues.map((i) => i.message).join('; '));
  const s = await openStore({ kind: 'sqlite', path: ':memory:', url: '', schema: 'x' });
  if (!s.ok) throw new Error(s.issues.map((i) => i.message).join('; '));
  await ingestPaths(pipeline.value, s.value, [path.join(PACKAGE_ROOT, 'demo', 'articles')]);
  // The demo's following step too, so the Sources view and story copies have something to show.
  const { followDemoFeed } = await import('../ingest/follow/demo-feed.js');
  const { ingestRaw } = await import('../pipeline/ingest.js');
  const p = pipeline.value;
  await followDemoFeed(s.value, async (raw) => {
    const r = await ingestRaw(p, s.value, raw);
    return r.ok ? { ok: true, value: { articleId: r.value.articleId, inserted: r.value.inserted } } : r;
  });
  return s.value;
}
