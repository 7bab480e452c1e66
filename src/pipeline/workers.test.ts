import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeConfig } from '../config.js';
import type { Config } from '../config.js';
import { openStore } from '../store/open.js';
import { buildDefaultPipeline } from './default.js';
import { INGEST_BATCH, ingestPaths } from './ingest.js';
import { autoProcessor, inlineProcessor, workerProcessor } from './workers.js';
import { toArticle } from '../ingest/article.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dyadwatch-workers-'));
test.after(() => rmSync(dir, { recursive: true, force: true }));

/** Invented wire items, each distinct (so none is a duplicate), several batches' worth. */
function corpus(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const text = i % 2 === 0
      ? `Officials in Seoul said North Korea shipped ${1000 + i} artillery shells to Russia last month.`
      : `Iran denied on Monday that it had sent ${10 + i} drones to Russia, its foreign ministry said.`;
    lines.push(JSON.stringify({ id: `w${i}`, text, published: '2025-03-0' + ((i % 9) + 1) }));
  }
  lines.splice(7, 0, '{ not json', JSON.stringify({ id: 'empty', text: '' }));
  lines.push(lines[0]!); // the same article again, in a later batch
  return lines.join('\n') + '\n';
}

async function ingestWith(config: Config, file: string, db: string, threads: number | null) {
  const store = await openStore({ ...config.store, path: db });
  assert.ok(store.ok);
  const pipeline = buildDefaultPipeline(config);
  assert.ok(pipeline.ok, JSON.stringify(!pipeline.ok && pipeline.issues));
  const proc = threads === null ? inlineProcessor(pipeline.value) : autoProcessor(pipeline.value, config, threads);
  const summary = await ingestPaths(proc, store.value, [file]);
  await proc.close();
  const events = (await store.value.events({ limit: 1000 })).items.map((e) => `${e.id} ${e.code} ${e.source}>${e.target} ${e.modality}`).sort();
  await store.value.close();
  return { summary, events };
}

test('worker threads code a corpus exactly as the inline pipeline does, skips and duplicates included', async () => {
  const config = makeConfig({});
  assert.ok(config.ok);
  const file = path.join(dir, 'corpus.jsonl');
  writeFileSync(file, corpus(INGEST_BATCH * 3 + 5));
  const inline = await ingestWith(config.value, file, path.join(dir, 'inline.db'), null);
  const threaded = await ingestWith(config.value, file, path.join(dir, 'threads.db'), 2);
  assert.equal(inline.summary.articles, INGEST_BATCH * 3 + 5);
  assert.equal(inline.summary.duplicates, 1);
  assert.deepEqual(inline.summary.skipped.map((i) => i.code).sort(), threaded.summary.skipped.map((i) => i.code).sort());
  assert.equal(inline.summary.skipped.length, 2);
  assert.deepEqual(
    { ...threaded.summary, skipped: threaded.summary.skipped.length },
    { ...inline.summary, skipped: inline.summary.skipped.length },
  );
  assert.ok(inline.events.length > INGEST_BATCH * 3, 'the invented articles yield events');
  assert.deepEqual(threaded.events, inline.events);
});

test('an article over the time budget is skipped with E204, its worker replaced, and the batch goes on', async () => {
  // A 240,000-character token with the token and article limits lifted: wink's tokenizer, whose cost
  // grows with the square of a run, would need minutes for it. The budget is generous so that on a
  // loaded machine only that article, and never a short one on a fresh worker, outlasts it (at load 16
  // on 2 cores the replacement worker's first article, which pays for its JIT, once took over 5 s).
  const config = makeConfig({ limits: { tokenChars: 1_000_000, articleChars: 1_000_000, articleMs: 15_000 } });
  assert.ok(config.ok);
  const make = (text: string, origin: string) => {
    const a = toArticle({ text, origin }, config.value.limits.articleChars);
    assert.ok(a.ok);
    return a.value;
  };
  const good = 'North Korea shipped artillery shells to Russia last month, officials in Seoul said.';
  const proc = workerProcessor(config.value, 1);
  try {
    // Warm the worker first: its first article pays for JIT and first-use work, which on a loaded
    // machine can exceed this test's short budget by itself.
    const warm = await proc.process([make(good, 'warm')]);
    assert.ok(warm[0]!.ok);
    const results = await proc.process([make(good, 'first'), make(`${good} ${'x'.repeat(240_000)}`, 'slow'), make(`Iran sent drones to Russia. ${good}`, 'after')]);
    assert.deepEqual(results.map((r) => (r.ok ? 'ok' : r.issues[0]!.code)), ['ok', 'E204', 'ok']);
    assert.ok(results[2]!.ok && results[2]!.value.events.length > 0, 'the replacement worker codes the rest');
    // The next batch goes to the new worker as usual.
    const again = await proc.process([make(`Belarus hosted Russian troops. ${good}`, 'next')]);
    assert.ok(again[0]!.ok);
  } finally {
    await proc.close();
  }
});

test('coding on this thread keeps the time budget: an article over it is skipped with E204 and the batch goes on', async () => {
  // As above: one very long token with the token limit lifted keeps wink busy for seconds.
  const config = makeConfig({ limits: { tokenChars: 1_000_000, articleMs: 1_000 } });
  assert.ok(config.ok);
  let builds = 0;
  const build = () => {
    builds++;
    return buildDefaultPipeline(config.value);
  };
  const make = (text: string, origin: string) => {
    const a = toArticle({ text, origin }, config.value.limits.articleChars);
    assert.ok(a.ok);
    return a.value;
  };
  const good = 'Officials in Minsk said Belarus had sent trucks to Russia in the spring.';
  // --workers 0: everything on this thread, the pipeline built on first use.
  const proc = autoProcessor(build, config.value, 0);
  assert.equal(builds, 0, 'nothing is built before an article arrives');
  // A first article warms the freshly built pipeline, so the budget below times coding, not compiling.
  assert.ok((await proc.process([make(good, 'warm')]))[0]!.ok);
  const results = await proc.process([make(good, 'first'), make(`${good} ${'y'.repeat(60_000)}`, 'slow'), make(`Cuba received rifles from Russia. ${good}`, 'after')]);
  await proc.close();
  assert.deepEqual(results.map((r) => (r.ok ? 'ok' : r.issues[0]!.code)), ['ok', 'E204', 'ok']);
  assert.equal(builds, 1);
  const skipped = results[1]!;
  assert.ok(!skipped.ok && skipped.issues[0]!.message.includes('1000 ms'));
});

test('with worker threads and more than one batch, this thread never builds a pipeline', async () => {
  const config = makeConfig({});
  assert.ok(config.ok);
  let builds = 0;
  const proc = autoProcessor(() => {
    builds++;
    return buildDefaultPipeline(config.value);
  }, config.value, 1);
  try {
    const a = toArticle({ text: 'North Korea shipped artillery shells to Russia last month, officials in Seoul said.', origin: 'one' });
    assert.ok(a.ok);
    // A full first batch with more behind it goes to the worker thread.
    const [r] = await proc.process([a.value], true);
    assert.ok(r!.ok && r.value.events.length > 0);
    assert.equal(builds, 0);
  } finally {
    await proc.close();
  }
});

test('an async builder (the pipeline modules imported on first use) is built once for two batches in flight', async () => {
  const config = makeConfig({});
  assert.ok(config.ok);
  let builds = 0;
  const proc = autoProcessor(async () => {
    builds++;
    return (await import('./default.js')).buildDefaultPipeline(config.value);
  }, config.value, 0);
  const a = toArticle({ text: 'Armenia bought howitzers from India in March, its defence ministry said.', origin: 'a' });
  const b = toArticle({ text: 'Oslo said on Friday that Norway had sent patrol boats to Estonia.', origin: 'b' });
  assert.ok(a.ok && b.ok);
  const [ra, rb] = await Promise.all([proc.process([a.value], true), proc.process([b.value], true)]);
  await proc.close();
  assert.ok(ra![0]!.ok && rb![0]!.ok);
  assert.equal(builds, 1);
});
