import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDefaultPipeline } from '../pipeline/default.js';
import { runClaimsCommand } from '../claims/format.js';
import { fixtureServer, testConfig } from './fixtures.case.js';

// Our own wire story, and the same story as a second outlet ran it (new dateline, a closing line added).
const BODY =
  'Iran delivered a new batch of Shahed-136 drones to Russia last week, Ukrainian military intelligence said on Monday. ' +
  'The drones were flown to an air base in southern Russia and will be used against energy sites, the agency said in a statement. ' +
  'Iran has denied sending any weapons to Russia for use in the war. Moscow did not comment on the report.';
const ORIGINAL = `KYIV, March 3 (Test Wire) - ${BODY}`;
const COPY = `Drones for Russia\n\nLONDON, March 4 (Other Wire) - ${BODY}\n\nFollow Other Wire for more news from the region.`;

test('a near-copy from another outlet joins the story: counted once, reported by both outlets', async () => {
  const config = testConfig();
  const pipeline = buildDefaultPipeline(config);
  assert.ok(pipeline.ok);
  if (!pipeline.ok) return;
  const s = await fixtureServer({ pipeline: pipeline.value }, config);
  const post = async (text: string, outlet: string) => {
    const r = await fetch(`${s.url}/api/articles`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
      body: JSON.stringify({ text, outlet, published: '2025-03-03' }),
    });
    assert.equal(r.status, 201);
    return ((await r.json()) as { result: { articleId: string; events: number } }).result;
  };
  const dyad = async () => {
    const d = (await (await fetch(`${s.url}/api/dyads`)).json()) as { items: { a: string; b: string; total: number }[] };
    return d.items.find((x) => x.a === 'IRN' && x.b === 'RUS')?.total ?? 0;
  };
  try {
    const before = await dyad();
    const a = await post(ORIGINAL, 'Test Wire');
    assert.ok(a.events >= 2, `${a.events} events`);
    const once = await dyad();
    assert.ok(once > before);
    const b = await post(COPY, 'Other Wire');
    assert.equal(b.events, a.events, 'the copy codes the same events');
    assert.equal(await dyad(), once, 'the copy adds nothing to the dyad count');

    const events = (await (await fetch(`${s.url}/api/events?article=${b.articleId}`)).json()) as { items: { id: string; reportOf?: string }[] };
    assert.ok(events.items.every((e) => e.reportOf), 'every event of the copy points at its first report');
    const ev = (await (await fetch(`${s.url}/api/events/${events.items[0]!.id}`)).json()) as {
      story: { storyId: string; outlets: string[]; copies: { articleId: string; chain: unknown[] }[] };
    };
    assert.equal(ev.story.storyId, a.articleId);
    assert.deepEqual(ev.story.outlets, ['Test Wire', 'Other Wire']);
    assert.deepEqual(ev.story.copies.map((c) => c.articleId), [a.articleId, b.articleId]);

    await runClaimsCommand(s.store, { format: 'json' });
    const claims = (await (await fetch(`${s.url}/api/claims?dyad=IRN-RUS`)).json()) as {
      items: { reports: number; outlets: string[]; history: { outlet: string | null; reportOf: string | null }[] }[];
    };
    const withCopies = claims.items.find((c) => c.history.some((h) => h.reportOf));
    assert.ok(withCopies, JSON.stringify(claims.items.map((c) => c.history)));
    assert.ok(withCopies.reports < withCopies.history.length);
    assert.deepEqual([...withCopies.outlets].sort(), ['Other Wire', 'Test Wire']);
  } finally {
    await s.done();
  }
});
