import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDefaultPipeline } from '../pipeline/default.js';
import { fixtureServer, testConfig } from './fixtures.case.js';

test('POST /api/articles runs the real pipeline and the new events are served', async () => {
  const config = testConfig();
  const pipeline = buildDefaultPipeline(config);
  assert.ok(pipeline.ok, pipeline.ok ? '' : pipeline.issues.map((i) => i.message).join('; '));
  if (!pipeline.ok) return;
  const s = await fixtureServer({ pipeline: pipeline.value }, config);
  try {
    const text = 'TEHRAN, March 3 (Test Wire) - Iran delivered Shahed-136 drones to Russia last week, Ukrainian officials said.';
    const r = await fetch(`${s.url}/api/articles`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-token', 'content-type': 'application/json' },
      body: JSON.stringify({ text, title: 'Drones', published: '2025-03-03' }),
    });
    const body = (await r.json()) as { result: { articleId: string; inserted: boolean; events: number } };
    assert.equal(r.status, 201, JSON.stringify(body));
    assert.equal(body.result.inserted, true);
    const article = (await (await fetch(`${s.url}/api/articles/${body.result.articleId}`)).json()) as { article: { text: string }; events: unknown[] };
    assert.equal(article.article.text.includes('Shahed-136'), true);
    assert.equal(article.events.length, body.result.events);
    // Posting the same text again stores nothing new.
    const again = await fetch(`${s.url}/api/articles`, { method: 'POST', headers: { authorization: 'Bearer test-token', 'content-type': 'text/plain' }, body: text });
    assert.equal(((await again.json()) as { result: { inserted: boolean } }).result.inserted, false);
  } finally {
    await s.done();
  }
});
