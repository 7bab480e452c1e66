import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Issue } from '../core/result.js';
import { issue } from '../core/errors.js';
import { normalizeDate } from './normalize.js';
import type { InputItem } from './record.js';
import { errorDetail, textItem } from './record.js';

/** Elements whose text is never article text. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'HEAD']);
/** Elements that start a new paragraph: kept as blank lines so later stages see paragraphs. */
const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'PRE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'FIGURE',
  'FIGCAPTION', 'HR', 'ADDRESS',
]);
const HTML_SPACE = /[ \t\n\r\f]+/g;
const SPACE_AROUND_NL = / *\n */g;
const MANY_NL = /\n{3,}/g;
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * Text of a DOM subtree with paragraph structure: block elements become blank
 * lines, <br> a line break, runs of HTML whitespace one space. textContent
 * alone would glue "</p><p>" paragraphs together.
 */
export function blockText(root: Node): string {
  const parts: string[] = [];
  walk(root, parts);
  return parts.join('').replace(SPACE_AROUND_NL, '\n').replace(MANY_NL, '\n\n').trim();
}

function walk(node: Node, parts: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    parts.push((node.nodeValue ?? '').replace(HTML_SPACE, ' '));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (SKIP.has(name)) return;
  if (name === 'BR') {
    parts.push('\n');
    return;
  }
  const block = BLOCKS.has(name);
  if (block) parts.push('\n\n');
  for (let c = node.firstChild; c !== null; c = c.nextSibling) walk(c, parts);
  if (block) parts.push('\n\n');
}

/** Metadata a page states about itself, read before Readability rewrites the DOM. */
interface PageMeta {
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string | null;
}

function attr(doc: Document, selector: string, name: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute(name)?.trim();
  return v ? v : null;
}

function pageMeta(doc: Document, where: string, warnings: Issue[]): PageMeta {
  const rawDate =
    attr(doc, 'meta[property="article:published_time"]', 'content') ??
    attr(doc, 'meta[name="article:published_time"]', 'content') ??
    attr(doc, 'time[datetime]', 'datetime');
  const published = rawDate === null ? null : normalizeDate(rawDate);
  if (rawDate !== null && published === null) {
    warnings.push(issue('E110', { field: 'published', path: where, detail: `"${rawDate}" is not a date` }, where));
  }
  return {
    title: attr(doc, 'meta[property="og:title"]', 'content') ?? (doc.title.trim() || null),
    published,
    outlet: attr(doc, 'meta[property="og:site_name"]', 'content'),
    url: attr(doc, 'link[rel="canonical"]', 'href') ?? attr(doc, 'meta[property="og:url"]', 'content'),
  };
}

/**
 * Extracts the main text of an HTML page with Readability (over linkedom),
 * keeping title, published date (article:published_time or the first
 * <time datetime>), site name as outlet and canonical URL. When Readability
 * finds no article (or fails), the body text is used with an E108 warning.
 */
export function htmlItem(html: string, origin: string): InputItem {
  const warnings: Issue[] = [];
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const meta = pageMeta(doc, origin, warnings);
  const main = mainText(doc, origin, warnings);
  const raw = { text: main.text, origin, title: main.title ?? meta.title, published: meta.published, outlet: meta.outlet, url: meta.url };
  return textItem(raw, warnings);
}

function mainText(doc: Document, where: string, warnings: Issue[]): { text: string; title: string | null } {
  // Readability removes nodes from the document it reads: keep the body for the fallback.
  const body = doc.body ? doc.body.cloneNode(true) : null;
  let detail = 'no article found';
  try {
    // The serializer hands back the content node itself, so no second HTML parse is needed.
    const article = new Readability<Node>(doc, { serializer: (n) => n }).parse();
    if (article?.content) {
      const text = blockText(article.content);
      if (text.length > 0) return { text, title: article.title?.trim() || null };
    }
  } catch (e) {
    detail = errorDetail(e);
  }
  warnings.push(issue('E108', { path: where, detail: `${detail}; the whole page text was used` }, where));
  return { text: body ? blockText(body) : '', title: null };
}
