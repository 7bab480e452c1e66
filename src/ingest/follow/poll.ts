import type { RawArticle } from '../../core/article.js';
import type { Issue } from '../../core/result.js';
import { issue } from '../../core/errors.js';
import type { SourceHealth } from '../../store/store.js';
import { htmlItem } from '../html.js';
import { contentId, normalizeText } from '../normalize.js';
import type { Entry } from './entries.js';
import { feedEntries, sitemapEntries } from './entries.js';
import type { Fetched, FetchFailure, FetchRequest, FetchResult } from './http.js';
import { ACCEPT } from './settings.js';

/** Fetches politely (robots.txt, host gate, log); supplied by the Follower. */
export type PoliteGet = (req: FetchRequest, sourceId: string) => Promise<FetchResult>;

/** What a poll of one source found. */
export type Listing =
  | { kind: 'entries'; fetched: Fetched; entries: Entry[] }
  | { kind: 'not-modified'; fetched: Fetched }
  | { kind: 'failed'; failure: FetchFailure };

const parseFailure = (i: Issue): Listing => ({ kind: 'failed', failure: { issue: i, status: 200, retryable: false, retryAfterMs: null } });

/** Fetches a source (conditionally) and lists its entries; a page source is one entry holding the page. */
export async function listSource(source: SourceHealth, get: PoliteGet, maxSitemaps: number): Promise<Listing> {
  const r = await get({ url: source.url, accept: ACCEPT[source.kind], etag: source.etag, lastModified: source.lastModified }, source.id);
  if (!r.ok) return { kind: 'failed', failure: r.failure };
  const fetched = r.value;
  if (fetched.status === 304) return { kind: 'not-modified', fetched };
  if (source.kind === 'feed') {
    const e = await feedEntries(fetched.body, fetched.url);
    return e.ok ? { kind: 'entries', fetched, entries: e.value } : parseFailure(e.issues[0]!);
  }
  if (source.kind === 'page') return { kind: 'entries', fetched, entries: [pageEntry(fetched)] };
  const s = sitemapEntries(fetched.body, fetched.url);
  if (!s.ok) return parseFailure(s.issues[0]!);
  const entries = [...s.value.entries];
  // A sitemap index: read its children (one level, capped), each through the same polite fetch.
  for (const child of s.value.sitemaps.slice(0, maxSitemaps)) {
    const c = await get({ url: new URL(child, fetched.url).href, accept: ACCEPT.sitemap }, source.id);
    if (!c.ok) continue;
    const sub = sitemapEntries(c.value.body, c.value.url);
    if (sub.ok) entries.push(...sub.value.entries);
  }
  return { kind: 'entries', fetched, entries };
}

/** A page source's content as an entry keyed by its text, so a changed page is a new item. */
function pageEntry(fetched: Fetched): Entry {
  const item = htmlItem(fetched.body, fetched.url);
  const text = item.kind === 'article' ? item.raw.text : '';
  return {
    key: `page:${contentId(normalizeText(text))}`, url: fetched.url,
    title: item.kind === 'article' ? (item.raw.title ?? null) : null,
    published: item.kind === 'article' ? (item.raw.published ?? null) : null,
    outlet: item.kind === 'article' ? (item.raw.outlet ?? null) : null, language: null, text, summary: null,
  };
}

/** An entry's article, or why there is none and whether to try it again later. */
export type Fetchable = { ok: true; raw: RawArticle } | { ok: false; issue: Issue; retry: boolean };

/**
 * The article of an entry: its own text when full, else the page it links
 * to (main text by Readability), keeping the entry's title, date and link;
 * the summary when the page cannot be had for good.
 */
export async function entryArticle(source: SourceHealth, entry: Entry, get: PoliteGet): Promise<Fetchable> {
  const base = {
    origin: entry.url ?? `${source.url}#${entry.key}`,
    url: entry.url,
    title: entry.title,
    published: entry.published,
    outlet: source.outlet ?? entry.outlet ?? entry.fallbackOutlet ?? null,
    externalId: entry.key,
  };
  if (entry.text) return { ok: true, raw: { ...base, text: entry.text } };
  if (!entry.url) return entry.summary ? { ok: true, raw: { ...base, text: entry.summary } } : { ok: false, issue: issue('E104', { path: base.origin }), retry: false };
  const page = await get({ url: entry.url, accept: ACCEPT.page }, source.id);
  if (page.ok && page.value.status === 200) {
    const item = htmlItem(page.value.body, page.value.url);
    if (item.kind === 'article') {
      const r = item.raw;
      // The source's outlet, else the entry's own (news sitemap), else the page's site name, else the feed's title.
      const outlet = source.outlet ?? entry.outlet ?? r.outlet ?? entry.fallbackOutlet ?? null;
      return { ok: true, raw: { ...base, text: r.text, title: base.title ?? r.title ?? null, published: base.published ?? r.published ?? null, outlet } };
    }
  }
  if (!page.ok && page.failure.retryable) return { ok: false, issue: page.failure.issue, retry: true };
  if (entry.summary) return { ok: true, raw: { ...base, text: entry.summary } };
  return { ok: false, issue: page.ok ? issue('E104', { path: entry.url }) : page.failure.issue, retry: false };
}
