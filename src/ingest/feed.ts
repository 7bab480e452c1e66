import Parser from 'rss-parser';
import { parseHTML } from 'linkedom';
import { issue } from '../core/errors.js';
import type { Issue } from '../core/result.js';
import { blockText } from './html.js';
import { normalizeDate } from './normalize.js';
import type { InputItem } from './record.js';
import { errorDetail, skipItem, textItem } from './record.js';

/** The feed fields we read beyond rss-parser's defaults. */
type FeedItem = Parser.Item & { 'content:encoded'?: string; id?: string };

const LOOKS_LIKE_HTML = /<[a-zA-Z][^>]*>|&[a-zA-Z#][a-zA-Z0-9]*;/;

/** Plain text of a feed field that may hold HTML (content:encoded, Atom content). */
export function plain(value: string): string {
  if (!LOOKS_LIKE_HTML.test(value)) return value;
  const { document } = parseHTML(`<!doctype html><html><body>${value}</body></html>`);
  const body = (document as unknown as Document).body;
  return body ? blockText(body) : value;
}

/** Text of an item: the fullest field first (content:encoded, content), then snippet or summary. */
function itemText(item: FeedItem): string {
  const full = item['content:encoded'] ?? item.content;
  if (full && full.trim()) return plain(full);
  return item.contentSnippet ?? (item.summary ? plain(item.summary) : '');
}

/**
 * Reads an RSS or Atom feed: one article per item, origin "path#N" (N from 1),
 * text from content/contentSnippet/summary, published from isoDate (pubDate
 * when there is none). An item with no text is E104; a feed rss-parser cannot
 * read is E111.
 */
export async function* feedItems(xml: string, path: string): AsyncGenerator<InputItem> {
  // A parser per call: rss-parser keeps options on the instance, and no module state is allowed.
  const parser = new Parser<Record<string, unknown>, FeedItem>({ customFields: { item: ['content:encoded', 'id'] } });
  let items: FeedItem[];
  try {
    items = (await parser.parseString(xml)).items;
  } catch (e) {
    yield skipItem(issue('E111', { path, detail: errorDetail(e) }, path));
    return;
  }
  if (items.length === 0) yield skipItem(issue('E104', { path }, path));
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const origin = `${path}#${i + 1}`;
    const warnings: Issue[] = [];
    const rawDate = item.isoDate ?? item.pubDate ?? null;
    const published = rawDate === null ? null : normalizeDate(rawDate);
    if (rawDate !== null && published === null) {
      warnings.push(issue('E110', { field: 'published', path: origin, detail: `"${rawDate}" is not a date` }, origin));
    }
    const raw = {
      text: itemText(item),
      origin,
      title: item.title?.trim() || null,
      url: item.link ?? null,
      externalId: item.guid ?? item.id ?? null,
      published,
    };
    yield textItem(raw, warnings);
  }
}
