import type { CodedEvent } from '../core/event.js';
import type { ReportLink, Store } from '../store/store.js';
import type { Signature } from './minhash.js';
import { bands, containment, decodeSignature, encodeSignature, jaccard, shingles, signature } from './minhash.js';

/**
 * Near-copies are one story: the same report with a changed headline,
 * dateline or boilerplate, a paragraph added or cut. Two texts are copies
 * when most of the shorter one's shingles are in the longer one
 * (containment) and they still share a fair part of the whole (Jaccard, so
 * a short brief is not swallowed by a long round-up), and the new article
 * is dated, when dates are known, within MAX_DAYS_APART of the copy and of
 * the story's first report. On the test set in story.test.ts our
 * five copies score containment 0.88-1.00 (Jaccard 0.61-0.91), the three
 * articles on the same deal 0.00-0.12. On news-20k a hand check of 20
 * clusters formed at 0.5/0.2 without the date window found 7 templated
 * reports (two bond issues, two days' money-market notes) at containment
 * 0.51-0.74; the true copies scored 0.72-1.00 but one (0.59).
 */
export const COPY_CONTAINMENT = 0.7;
export const MIN_JACCARD = 0.3;
/**
 * Copies of one story run within days of each other; texts further apart
 * (both dated) are a recurring report written to a template (a daily market
 * note, a weekly shipping list), not one story.
 */
export const MAX_DAYS_APART = 7;
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
function bestMatch(sig: Signature, article: { id: string; published?: string | null }, candidates: Awaited<ReturnType<Store['storyCandidates']>>) {
  let best: { storyId: string; articleId: string; c: number; j: number } | null = null;
  for (const cand of candidates) {
    const when = article.published ?? null;
    // Near the candidate AND the story's first report: a daily template note cannot chain day by day into one story.
    if (cand.articleId === article.id || !closeInTime(when, cand.published) || !closeInTime(when, cand.storyPublished)) continue;
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

/** True unless both dates are known and more than MAX_DAYS_APART apart. */
export function closeInTime(a: string | null, b: string | null): boolean {
  if (!a || !b) return true;
  const days = Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
  return Number.isNaN(days) || days <= MAX_DAYS_APART;
}

/**
 * Files an article into a story, incrementally: its signature's bands find
 * the candidates in the store's index (no all-pairs comparison), the best
 * copy above the thresholds gives the story, and each of the article's
 * events is linked to the first report it repeats. A new story takes the
 * article's id.
 */
export async function fileStory(
  store: Store, article: { id: string; text: string; published?: string | null }, events: readonly CodedEvent[],
): Promise<StoryMatch> {
  const sig = signature(shingles(article.text));
  const keys = sig.size >= MIN_SHINGLES ? bands(sig) : [];
  const best = keys.length ? bestMatch(sig, article, await store.storyCandidates(keys)) : null;
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
