import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { makeConfig, PACKAGE_ROOT } from '../config.js';
import { assertSameEverywhere, codeEveryWay, eventCount, MORE_RUNS, readArticles } from './determinism.case.js';

const CORPUS = path.join(PACKAGE_ROOT, '../shared/corpus/news-20k.jsonl.gz');

test('a slice of news-20k gives the same events in any order and on any number of threads', { skip: !existsSync(CORPUS) && `${CORPUS} not found` }, async () => {
  const config = makeConfig({});
  assert.ok(config.ok);
  const articles = await readArticles([CORPUS], 400);
  assert.equal(articles.length, 400);
  const runs = await codeEveryWay(config.value, articles, MORE_RUNS);
  const events = eventCount([...runs.values()][0]!);
  assert.ok(events > 20, `the batch yields events (${events})`);
  assertSameEverywhere(runs, (a, b, msg) => assert.deepEqual(a, b, msg));
});
