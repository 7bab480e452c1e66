import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { makeConfig, PACKAGE_ROOT } from '../config.js';
import { assertSameEverywhere, codeEveryWay, eventCount, readArticles } from './determinism.case.js';

test('our own articles give the same events in any order and on any number of threads', async () => {
  const config = makeConfig({});
  assert.ok(config.ok);
  const articles = await readArticles([path.join(PACKAGE_ROOT, 'demo/articles'), path.join(PACKAGE_ROOT, 'eval/own/heldout.jsonl')]);
  assert.ok(articles.length > 100, `read ${articles.length} articles`);
  const runs = await codeEveryWay(config.value, articles);
  const events = eventCount([...runs.values()][0]!);
  assert.ok(events > 100, `the batch yields events (${events})`);
  assertSameEverywhere(runs, (a, b, msg) => assert.deepEqual(a, b, msg));
});
