import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { RawArticle } from '../core/article.js';
import { makeConfig } from '../config.js';
import { readInputs } from '../ingest/index.js';
import { buildDefaultPipeline } from './default.js';
import { compareGate } from './gate.case.js';

const cfg = makeConfig({});
assert.ok(cfg.ok);
const built = buildDefaultPipeline(cfg.value);
assert.ok(built.ok);

test('the parse gate (trees for the sentences the coder visits) changes no event on the own gold and the demo articles, and no gated tree', async () => {
  const raws: RawArticle[] = readFileSync('eval/own/heldout.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => {
    const o = JSON.parse(l) as { id: string; text: string; published?: string };
    return { text: o.text, published: o.published ?? null, externalId: o.id, origin: o.id };
  });
  for await (const item of readInputs(['demo/articles'])) if (item.kind === 'article') raws.push(item.raw);
  const r = compareGate(built.value, raws);
  assert.ok(r.articles >= 110 && r.events > 100, JSON.stringify(r));
  // Short passages whose every sentence names an actor and holds a trigger word: all may be parsed here
  // (src/nlp/parse.test.ts pins the sentences the gate skips).
  assert.ok(r.parsed > 0 && r.parsed <= r.sentences, `parsed ${r.parsed} of ${r.sentences}`);
  assert.deepEqual(r.eventDiffs, []);
  assert.deepEqual(r.treeDiffs, []);
});
