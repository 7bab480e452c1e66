import Parser from 'rss-parser';
import { DOMParser } from 'linkedom';
import type { Result } from '../../core/result.js';
import { ok, fail } from '../../core/result.js';
import { issue } from '../../core/errors.js';
import { plain } from '../feed.js';
import { normalizeDate } from '../normalize.js';
import { errorDetail } from '../record.js';

/** One thing a source lists: a feed item or a sitemap URL. */
export interface Entry {
  /** Stable within the source: guid, else link. */
  key: string;
  url: string | null;
  title: string | null;
  /** YYYY-MM-DD when the entry dates itself. */
  published: string | null;
  /** The outlet the entry names for itself (a news sitemap's publication name). */
  outlet: string | null;
  /** A weaker guess used only when nothing better is known (a feed's title). */
  fallbackOutlet?: string | null;
  language: string | null;
  /** Full text carried by the entry itself; null when only a summary (or nothing) came with it. */
  text: string | null;
  summary: string | null;
}

/** Below this many characters a feed item's text is taken for a summary, and the page is fetched. */
export const SUMMARY_CHARS = 600;

type FeedItem = Parser.Item & { 'content:encoded'?: string; id?: string };

/**
 * Entries of an RSS or Atom feed (rss-parser). The item's own date, title
 * and link are kept; text counts as full only when it is long enough not to
 * be a teaser. Unreadable XML is E111.
 */
export async function feedEntries(xml: string, url: string): Promise<Result<Entry[]>> {
  // A parser per call: rss-parser keeps options on the instance.
  const parser = new Parser<Record<string, unknown>, FeedItem>({ customFields: { item: ['content:encoded', 'id'] } });
  let feed: Parser.Output<FeedItem>;
  try {
    feed = await parser.parseString(xml);
  } catch (e) {
    return fail(issue('E111', { path: url, detail: errorDetail(e) }));
  }
  const entries: Entry[] = [];
  for (const item of feed.items) {
    const link = item.link?.trim() || null;
    const key = item.guid?.trim() || item.id?.trim() || link;
    if (!key) continue;
    const full = item['content:encoded'] ?? item.content;
    const fullText = full && full.trim() ? plain(full) : null;
    const summary = item.contentSnippet ?? (item.summary ? plain(item.summary) : null);
    const raw = item.isoDate ?? item.pubDate ?? null;
    entries.push({
      key,
      url: link,
      title: item.title?.trim() || null,
      published: raw ? normalizeDate(raw) : null,
      outlet: null,
      // Feed titles are often "World news | Outlet": the page's own site name is preferred.
      fallbackOutlet: feed.title?.trim() || null,
      language: (feed as { language?: string }).language ?? null,
      text: fullText && fullText.length >= SUMMARY_CHARS ? fullText : null,
      summary: fullText ?? summary ?? null,
    });
  }
  return ok(entries);
}

/** A sitemap: its page entries, and the child sitemaps of a sitemap index. */
export interface SitemapRead {
  entries: Entry[];
  sitemaps: string[];
}

const childText = (el: Element, name: string): string | null => {
  for (const c of Array.from(el.getElementsByTagName(name))) {
    const t = c.textContent?.trim();
    if (t) return t;
  }
  return null;
};

/**
 * Reads a sitemap (urlset) or sitemap index, with the Google News fields
 * (news:publication name and language, news:publication_date, news:title).
 * Anything else is E139.
 */
export function sitemapEntries(xml: string, url: string): Result<SitemapRead> {
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
  } catch (e) {
    return fail(issue('E139', { url, detail: errorDetail(e) }));
  }
  const root = doc.documentElement;
  const name = root?.localName ?? root?.tagName ?? '';
  if (name === 'sitemapindex') {
    const sitemaps = Array.from(root!.getElementsByTagName('sitemap')).map((s) => childText(s, 'loc')).filter((x): x is string => !!x);
    return ok({ entries: [], sitemaps });
  }
  if (name !== 'urlset') return fail(issue('E139', { url, detail: `the root element is <${name || 'none'}>, not <urlset> or <sitemapindex>` }));
  const entries: Entry[] = [];
  for (const u of Array.from(root!.getElementsByTagName('url'))) {
    const loc = childText(u, 'loc');
    if (!loc) continue;
    const date = childText(u, 'news:publication_date') ?? childText(u, 'lastmod');
    entries.push({
      key: loc, url: loc, title: childText(u, 'news:title'), published: date ? normalizeDate(date) : null,
      outlet: childText(u, 'news:name'), language: childText(u, 'news:language'), text: null, summary: null,
    });
  }
  return ok({ entries, sitemaps: [] });
}
