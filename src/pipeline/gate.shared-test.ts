// The parse gate's no-change proof on ../shared: every gold file of
// ../shared/eval and the first 300 articles of news-20k give the same events
// with trees for candidate sentences only and for every sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import type { RawArticle } from '../core/article.js';
import { makeConfig } from '../config.js';
import { buildDefaultPipeline } from './default.js';
import { compareGate } from './gate.case.js';

const SHARED = path.resolve('..', 'shared');

function jsonl(text: string, prefix: string, limit = Infinity): RawArticle[] {
  return text.split('\n').filter(Boolean).slice(0, limit).map((l, k) => {
    const o = JSON.parse(l) as { id?: string; text: string; published?: string; date?: string };
    return { text: o.text, published: o.published ?? o.date ?? null, origin: `${prefix}:${o.id ?? k}` };
  });
}

test('the parse gate changes no event on ../shared/eval and a news-20k slice', () => {
  const cfg = makeConfig({});
  assert.ok(cfg.ok);
  const built = buildDefaultPipeline(cfg.value);
  assert.ok(built.ok);
  const evalDir = path.join(SHARED, 'eval');
  const raws = readdirSync(evalDir).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => jsonl(readFileSync(path.join(evalDir, f), 'utf8'), f));
  raws.push(...jsonl(gunzipSync(readFileSync(path.join(SHARED, 'corpus', 'news-20k.jsonl.gz'))).toString('utf8'), 'news', 300));
  const r = compareGate(built.value, raws);
  console.log(`gate: ${r.articles} articles, ${r.events} events, ${r.parsed} of ${r.sentences} sentences parsed`);
  assert.ok(r.articles > 1500, `articles ${r.articles}`);
  assert.deepEqual(r.eventDiffs, []);
  assert.deepEqual(r.treeDiffs, []);
});
