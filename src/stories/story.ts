import type { CodedEvent } from '../core/event.js';
import type { ReportLink, Store } from '../store/store.js';
import type { Signature } from './minhash.js';
import { bands, containment, decodeSignature, encodeSignature, jaccard, shingles, signature } from './minhash.js';

/**
 * Near-copies are one story: the same report with a changed headline,
 * dateline or boilerplate, a paragraph added or cut. Two texts are copies
 * when most of the shorter one's shingles are in the longer one
 * (containment) and they still share a fair part of the whole (Jaccard, so
 * a short brief is not swallowed by a long round-up). Chosen on the test
 * set in story.test.ts: our five copies score containment 0.88-1.00
 * (Jaccard 0.61-0.91), the three articles on the same deal 0.00-0.12.
 */
export const COPY_CONTAINMENT = 0.5;
export const MIN_JACCARD = 0.2;
/** Texts with fewer shingles (about 25 words) are never matched: too little to tell a copy from a coincidence. */
export const MIN_SHINGLES = 20;

/** Where an article was filed. */
export interface StoryMatch {
  storyId: string;
  /** The earlier article it copies, null when it starts a story. */
  copyOf: string | null;
  containment: number;
  jaccard: number;
}

/** What makes two events of copies one reported event. */
const eventKey = (e: CodedEvent): string => [e.code, e.source, e.target, e.modality, e.weapon, e.system].join('|');

/**
 * Each event of a copy is matched to an unused first report of the same
 * content (code, dyad, modality, weapon) in the story's earlier articles;
 * unmatched events (a paragraph the copy added) are first reports themselves.
 */
export function reportLinks(events: readonly CodedEvent[], earlier: readonly CodedEvent[]): ReportLink[] {
  const firsts = new Map<string, string[]>();
  for (const e of earlier) {
    if (e.reportOf) continue;
    const k = eventKey(e);
    firsts.set(k, [...(firsts.get(k) ?? []), e.id]);
  }
  return events.map((e) => {
    const pool = firsts.get(eventKey(e));
    return { eventId: e.id, reportOf: pool?.shift() ?? null };
  });
}

/** The best earlier copy among the LSH candidates, if any passes the thresholds. */
function bestMatch(sig: Signature, articleId: string, candidates: Awaited<ReturnType<Store['storyCandidates']>>) {
  let best: { storyId: string; articleId: string; c: number; j: number } | null = null;
  for (const cand of candidates) {
    if (cand.articleId === articleId) continue;
    const other = decodeSignature(cand.signature);
    if (!other || other.size < MIN_SHINGLES) continue;
    const c = containment(sig, other);
    const j = jaccard(sig, other);
    if (c >= COPY_CONTAINMENT && j >= MIN_JACCARD && (!best || c > best.c || (c === best.c && j > best.j))) {
      best = { storyId: cand.storyId, articleId: cand.articleId, c, j };
    }
  }
  return best;
}

/**
 * Files an article into a story, incrementally: its signature's bands find
 * the candidates in the store's index (no all-pairs comparison), the best
 * copy above the thresholds gives the story, and each of the article's
 * events is linked to the first report it repeats. A new story takes the
 * article's id.
 */
export async function fileStory(store: Store, article: { id: string; text: string }, events: readonly CodedEvent[]): Promise<StoryMatch> {
  const sig = signature(shingles(article.text));
  const keys = sig.size >= MIN_SHINGLES ? bands(sig) : [];
  const best = keys.length ? bestMatch(sig, article.id, await store.storyCandidates(keys)) : null;
  const storyId = best?.storyId ?? article.id;
  let links: ReportLink[] = [];
  if (best && events.length) {
    const earlier: CodedEvent[] = [];
    for (const a of await store.storyArticles(storyId)) {
      if (a.articleId !== article.id) earlier.push(...(await store.events({ articleId: a.articleId, limit: 1000 })).items);
    }
    links = reportLinks(events, earlier);
  }
  await store.setStory(article.id, storyId, encodeSignature(sig), keys, links);
  return { storyId, copyOf: best?.articleId ?? null, containment: best?.c ?? 0, jaccard: best?.j ?? 0 };
}

/**
 * Files articles stored without a story (written before this stage existed,
 * or by a run killed between saving and filing), oldest first.
 */
export async function fileMissingStories(store: Store, batch = 500): Promise<number> {
  let n = 0;
  for (let ids = await store.articlesWithoutStory(batch); ids.length; ids = await store.articlesWithoutStory(batch)) {
    for (const id of ids) {
      const a = await store.article(id);
      if (!a) continue;
      await fileStory(store, a, (await store.events({ articleId: id, limit: 1000 })).items);
      n++;
    }
  }
  return n;
}
