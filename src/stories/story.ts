import type { CodedEvent } from '../core/event.js';
import type { ReportLink, Store, StoryCandidate, StoryEntry } from '../store/store.js';
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
function bestMatch(sig: Signature, article: { id: string; published?: string | null }, candidates: readonly StoryCandidate[]) {
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

/** An article to file, with its coded events. */
export interface StoryItem {
  article: { id: string; text: string; published?: string | null };
  events: readonly CodedEvent[];
}

/**
 * The articles of one batch filed so far but not yet written: later
 * articles of the batch must find them (a copy right after its original),
 * and their events carry the report links decided for them.
 */
class PendingStories {
  private readonly byBand = new Map<string, StoryCandidate[]>();
  private readonly eventsByStory = new Map<string, CodedEvent[]>();

  add(item: StoryItem, cand: StoryCandidate, bandKeys: string[], links: ReportLink[]): void {
    for (const b of bandKeys) this.byBand.set(b, [...(this.byBand.get(b) ?? []), cand]);
    const reportOf = new Map(links.map((l) => [l.eventId, l.reportOf]));
    const events = item.events.map((e) => (reportOf.get(e.id) ? { ...e, reportOf: reportOf.get(e.id)! } : e));
    this.eventsByStory.set(cand.storyId, [...(this.eventsByStory.get(cand.storyId) ?? []), ...events]);
  }

  candidates(bandKeys: string[]): StoryCandidate[] {
    const seen = new Map<string, StoryCandidate>();
    for (const b of bandKeys) for (const c of this.byBand.get(b) ?? []) seen.set(c.articleId, c);
    return [...seen.values()];
  }

  events(storyId: string): CodedEvent[] {
    return this.eventsByStory.get(storyId) ?? [];
  }
}

/** Events of a story's articles other than `except`: stored ones and those pending in the batch. */
async function storyEvents(store: Store, storyId: string, except: string, pending: PendingStories): Promise<CodedEvent[]> {
  const out: CodedEvent[] = [];
  for (const a of await store.storyArticles(storyId)) {
    if (a.articleId !== except) out.push(...(await store.events({ articleId: a.articleId, limit: 1000 })).items);
  }
  return [...out, ...pending.events(storyId)];
}

/**
 * Files articles into stories, incrementally and in order: each one's
 * signature bands find its candidates in the store's index and among the
 * batch's earlier articles (no all-pairs comparison), the best copy above
 * the thresholds gives the story (a new story takes the article's id), and
 * each event is linked to the first report it repeats. The batch is
 * written in one commit: the index's page writes, not the hashing, are
 * what filing costs.
 */
export async function fileStories(store: Store, items: readonly StoryItem[]): Promise<StoryMatch[]> {
  const pending = new PendingStories();
  const entries: StoryEntry[] = [];
  const out: StoryMatch[] = [];
  for (const item of items) {
    const { article } = item;
    const sig = signature(shingles(article.text));
    const keys = sig.size >= MIN_SHINGLES ? bands(sig) : [];
    const cands = keys.length ? [...(await store.storyCandidates(keys)), ...pending.candidates(keys)] : [];
    const best = bestMatch(sig, article, cands);
    const storyId = best?.storyId ?? article.id;
    const links = best && item.events.length ? reportLinks(item.events, await storyEvents(store, storyId, article.id, pending)) : [];
    const encoded = encodeSignature(sig);
    const published = article.published ?? null;
    const storyPublished = best ? (cands.find((c) => c.articleId === best.articleId)?.storyPublished ?? null) : published;
    pending.add(item, { articleId: article.id, storyId, outlet: null, published, storyPublished, signature: encoded }, keys, links);
    entries.push({ articleId: article.id, storyId, signature: encoded, bands: keys, links });
    out.push({ storyId, copyOf: best?.articleId ?? null, containment: best?.c ?? 0, jaccard: best?.j ?? 0 });
  }
  await store.setStories(entries);
  return out;
}

/** Files one article (see fileStories). */
export async function fileStory(store: Store, article: StoryItem['article'], events: readonly CodedEvent[]): Promise<StoryMatch> {
  return (await fileStories(store, [{ article, events }]))[0]!;
}

/**
 * Files articles stored without a story (written before this stage existed,
 * or by a run killed between saving and filing), oldest first, `batch` per commit.
 */
export async function fileMissingStories(store: Store, batch = 200): Promise<number> {
  let n = 0;
  for (let ids = await store.articlesWithoutStory(batch); ids.length; ids = await store.articlesWithoutStory(batch)) {
    const items: StoryItem[] = [];
    for (const id of ids) {
      const a = await store.article(id);
      if (a) items.push({ article: a, events: (await store.events({ articleId: id, limit: 1000 })).items });
    }
    await fileStories(store, items);
    n += items.length;
  }
  return n;
}
