import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CodedEvent } from '../core/event.js';
import type { Store } from '../store/store.js';
import { openStore } from '../store/open.js';
import { toArticle } from '../ingest/article.js';
import { containment, jaccard, shingles, signature } from './minhash.js';
import { COPY_CONTAINMENT, MIN_JACCARD, fileMissingStories, fileStories, fileStory, reportLinks } from './story.js';
import { NEAR_COPIES, ORIGINAL, SAME_TOPIC } from './copies.case.js';

const sig = (t: string) => signature(shingles(t));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dyadwatch-stories-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function freshStore(): Promise<Store> {
  const r = await openStore({ kind: 'sqlite', path: path.join(dir, `s${n++}.db`), url: '', schema: '' });
  if (!r.ok) throw new Error(r.issues[0]!.message);
  return r.value;
}

async function save(store: Store, text: string, origin: string, published: string | null = null): Promise<{ id: string; text: string; published: string | null }> {
  const a = toArticle({ text, origin, published });
  assert.ok(a.ok);
  await store.saveDoc({ article: a.value, sentences: [], tokens: [], trees: { head: [], deprel: [], upos: [], parsed: [] }, mentions: [], events: [], quotes: [], claims: [], layers: new Set(['text']), warnings: [] });
  return a.value;
}

describe('MinHash similarity on our own copies and non-copies', () => {
  const base = sig(ORIGINAL);
  for (const [name, text] of Object.entries(NEAR_COPIES)) {
    it(`a near-copy passes the thresholds: ${name}`, () => {
      const s = sig(text);
      assert.ok(containment(base, s) >= COPY_CONTAINMENT + 0.15, `containment ${containment(base, s)}`);
      assert.ok(jaccard(base, s) >= MIN_JACCARD, `jaccard ${jaccard(base, s)}`);
    });
  }
  for (const [name, text] of Object.entries(SAME_TOPIC)) {
    it(`an article on the same topic is not a copy: ${name}`, () => {
      const s = sig(text);
      assert.ok(containment(base, s) < COPY_CONTAINMENT - 0.25, `containment ${containment(base, s)}`);
    });
  }
  it('estimates Jaccard within a few points of the exact value', () => {
    const a = shingles(ORIGINAL);
    const b = shingles(NEAR_COPIES['a paragraph added']!);
    const exact = [...a].filter((x) => b.has(x)).length / new Set([...a, ...b]).size;
    assert.ok(Math.abs(jaccard(signature(a), signature(b)) - exact) < 0.1, `${exact}`);
  });
});

describe('filing articles into stories', () => {
  it('puts every near-copy in the original story and each non-copy in its own, through the band index', async () => {
    const store = await freshStore();
    try {
      const orig = await save(store, ORIGINAL, 'orig');
      assert.deepEqual(await fileStory(store, orig, []), { storyId: orig.id, copyOf: null, containment: 0, jaccard: 0 });
      for (const [name, text] of Object.entries(NEAR_COPIES)) {
        const a = await save(store, text, name);
        const m = await fileStory(store, a, []);
        assert.equal(m.storyId, orig.id, name);
      }
      for (const [name, text] of Object.entries(SAME_TOPIC)) {
        const a = await save(store, text, name);
        const m = await fileStory(store, a, []);
        assert.equal(m.storyId, a.id, name);
      }
      assert.equal((await store.storyArticles(orig.id)).length, 1 + Object.keys(NEAR_COPIES).length);
    } finally {
      await store.close();
    }
  });

  it('keeps a template report of another week out of the story (dates more than a week apart)', async () => {
    const store = await freshStore();
    try {
      const orig = await save(store, ORIGINAL, 'orig', '2025-03-04');
      await fileStory(store, orig, []);
      const later = await save(store, NEAR_COPIES['boilerplate around it']!, 'later', '2025-03-20');
      assert.equal((await fileStory(store, later, [])).storyId, later.id);
      const soon = await save(store, NEAR_COPIES['a paragraph added']!, 'soon', '2025-03-09');
      assert.equal((await fileStory(store, soon, [])).storyId, orig.id);
      // Within a week of the last copy but not of the first report: no chaining day by day.
      const chained = await save(store, NEAR_COPIES['new headline and dateline']!, 'chained', '2025-03-14');
      assert.notEqual((await fileStory(store, chained, [])).storyId, orig.id);
    } finally {
      await store.close();
    }
  });

  it('files an original and its copies in one batch, the copies finding the original before it is written', async () => {
    const store = await freshStore();
    try {
      const orig = await save(store, ORIGINAL, 'orig');
      const copy = await save(store, NEAR_COPIES['lightly edited']!, 'copy');
      const copy2 = await save(store, NEAR_COPIES['a paragraph added']!, 'copy2');
      const other = await save(store, SAME_TOPIC["the next day's follow-up"]!, 'other');
      const ev = (articleId: string, n: number) => ({ id: `${articleId}:${n}`, articleId, code: '072', source: 'VLD', target: 'NRL', modality: 'actual', weapon: 'drone', system: null }) as CodedEvent;
      const m = await fileStories(store, [
        { article: orig, events: [ev(orig.id, 1)] },
        { article: copy, events: [ev(copy.id, 1)] },
        { article: copy2, events: [ev(copy2.id, 1), ev(copy2.id, 2)] },
        { article: other, events: [] },
      ]);
      assert.deepEqual(m.map((x) => x.storyId), [orig.id, orig.id, orig.id, other.id]);
      assert.equal(m[1]!.copyOf, orig.id);
      assert.deepEqual((await store.storyArticles(orig.id)).map((a) => a.articleId), [orig.id, copy.id, copy2.id]);
    } finally {
      await store.close();
    }
  });

  it('files articles saved without a story (a crash between save and filing)', async () => {
    const store = await freshStore();
    try {
      const orig = await save(store, ORIGINAL, 'orig');
      const copy = await save(store, NEAR_COPIES['boilerplate around it']!, 'copy');
      assert.equal(await fileMissingStories(store), 2);
      assert.deepEqual((await store.storyArticles(orig.id)).map((a) => a.articleId), [orig.id, copy.id]);
      assert.equal(await fileMissingStories(store), 0);
    } finally {
      await store.close();
    }
  });
});

describe('reportLinks', () => {
  const ev = (id: string, code: string, over: Partial<CodedEvent> = {}) =>
    ({ id, code, source: 'VLD', target: 'NRL', modality: 'actual', weapon: 'drone', system: null, ...over }) as CodedEvent;
  it('links each repeated event to one first report, and leaves added events as first reports', () => {
    const earlier = [ev('a:1', '072'), ev('a:2', '072'), ev('a:3', '111', { source: 'OST' }), ev('b:1', '072', { reportOf: 'a:1' })];
    const copy = [ev('c:1', '072'), ev('c:2', '072'), ev('c:3', '072'), ev('c:4', '111', { source: 'OST' }), ev('c:5', '072', { modality: 'negated' })];
    assert.deepEqual(reportLinks(copy, earlier).map((l) => l.reportOf), ['a:1', 'a:2', null, 'a:3', null]);
  });
});
