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
  'FIGCAPTION', 'HR', 'ADDRESS', 'TITLE',
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

/**
 * Depth-first over the subtree with an explicit stack (a page nested 100,000
 * deep would overflow the call stack): text nodes as text, blocks wrapped in
 * blank lines. `skip` names the elements whose text is never read.
 */
function walk(root: Node, parts: string[], skip: ReadonlySet<string> = SKIP): void {
  const stack: Array<Node | string> = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      parts.push(node);
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      parts.push((node.nodeValue ?? '').replace(HTML_SPACE, ' '));
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toUpperCase();
    if (skip.has(name)) continue;
    if (name === 'BR') {
      parts.push('\n');
      continue;
    }
    const block = BLOCKS.has(name);
    if (block) parts.push('\n\n');
    if (block) stack.push('\n\n');
    // Children go on the stack last first, so they come off in document order.
    // childNodes, not firstChild/nextSibling: linkedom's document node does not link its children that way.
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
}

/** Elements never visible, even in the last-resort text: HEAD's title stays (a page made only of a head still shows it). */
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

/** The document's visible text: everything but script, style and the like, head included. */
export function visibleText(root: Node): string {
  const parts: string[] = [];
  walk(root, parts, INVISIBLE);
  return parts.join('').replace(SPACE_AROUND_NL, '\n').replace(MANY_NL, '\n\n').trim();
}

/**
 * Nesting beyond which a page is not handed to a DOM: linkedom and
 * Readability both slow down with the square of the depth (4,000 nested
 * divs took over a second, 20,000 took 47 s). Real pages stay far below.
 */
export const MAX_HTML_DEPTH = 400;

const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** The deepest element nesting of the markup, counted from its tags alone (stops counting past `cap`). */
export function tagDepth(html: string, cap = MAX_HTML_DEPTH + 1): number {
  let depth = 0;
  let max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (VOID.has(m[2]!.toLowerCase()) || m[3] === '/') continue;
    depth = m[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max && (max = depth) >= cap) return max;
  }
  return max;
}

const HIDDEN_BLOCK = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const ANY_TAG = /<[^>]*>/g;

/** A page too deep for a DOM, as plain text: hidden blocks and tags dropped, entities decoded by a flat parse. */
function flatText(html: string): string {
  const flat = html.replace(HIDDEN_BLOCK, ' ').replace(ANY_TAG, ' ');
  const { document } = parseHTML(`<!doctype html><html><body><div>${flat.replace(/</g, '&lt;')}</div></body></html>`);
  return visibleText(document as unknown as Node);
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
  const depth = tagDepth(html);
  if (depth > MAX_HTML_DEPTH) {
    warnings.push(issue('E108', { path: origin, detail: `elements nested more than ${MAX_HTML_DEPTH} deep; the page was read as plain text` }, origin));
    return textItem({ text: flatText(html), origin }, warnings);
  }
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
  const text = body ? blockText(body) : '';
  // Nothing in the body (a page whose text an unclosed tag left in the head): the document's visible text.
  return { text: text || visibleText(doc as unknown as Node), title: null };
}
