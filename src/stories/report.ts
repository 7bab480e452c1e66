import type { AttributionLink, CodedEvent } from '../core/event.js';
import type { Store } from '../store/store.js';

/** One outlet's copy of a reported event, with its own attribution chain. */
export interface StoryCopy {
  eventId: string;
  articleId: string;
  outlet: string | null;
  url: string | null;
  title: string | null;
  claimant: string | null;
  reportedBy: string | null;
  chain: AttributionLink[];
}

/** Who reported an event: its story and every copy of the event in it ("reported by N outlets"). */
export interface StoryReport {
  storyId: string | null;
  /** Distinct outlet names of the copies (an article without one counts as its own outlet). */
  outlets: string[];
  copies: StoryCopy[];
}

/** The outlet name shown for an article that states none. */
const unnamed = (articleId: string) => `unnamed outlet (article ${articleId.slice(0, 8)})`;

/**
 * Every copy of a reported event: the first report and the events of its
 * story's other articles that repeat it (reportOf), oldest article first.
 */
export async function storyReport(store: Store, event: CodedEvent): Promise<StoryReport> {
  const first = event.reportOf ?? event.id;
  const [own] = await store.articleStories([event.articleId]);
  const storyId = own?.storyId ?? null;
  const articles = storyId ? await store.storyArticles(storyId) : own ? [own] : [];
  const copies: StoryCopy[] = [];
  for (const a of articles) {
    const events = a.articleId === event.articleId && !storyId ? [event] : (await store.events({ articleId: a.articleId, limit: 1000 })).items;
    for (const e of events) {
      if (e.id !== first && e.reportOf !== first) continue;
      copies.push({
        eventId: e.id, articleId: a.articleId, outlet: a.outlet, url: a.url, title: a.title,
        claimant: e.claimant, reportedBy: e.reportedBy, chain: e.chain,
      });
    }
  }
  const outlets = [...new Set(copies.map((c) => c.outlet ?? unnamed(c.articleId)))];
  return { storyId, outlets, copies };
}
