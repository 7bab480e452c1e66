import type { Article, RawArticle } from '../core/article.js';
import type { Issue, Result } from '../core/result.js';
import { ok, fail } from '../core/result.js';
import { issue } from '../core/errors.js';
import { contentId, normalizeDate, normalizeText } from './normalize.js';
import { parseDateline } from './dateline.js';
import { DEFAULT_LIMITS } from '../config.js';

/** A sentence end followed by whitespace: the next best place to cut after a paragraph end. */
const SENTENCE_END = /[.!?]["'”’)]*\s/g;

/**
 * Where to cut a text longer than `max`: at the last paragraph end before it,
 * else the last sentence end, else the last whitespace, else at `max` (a
 * text with no space at all). Never cuts inside a surrogate pair.
 */
export function cutPoint(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const head = text.slice(0, max);
  const para = head.lastIndexOf('\n\n');
  if (para > max / 2) return para;
  let sentence = -1;
  // Only the last quarter is searched: a paragraph or sentence that far back is cut enough.
  SENTENCE_END.lastIndex = Math.floor(max * 0.75);
  for (let m = SENTENCE_END.exec(head); m; m = SENTENCE_END.exec(head)) sentence = m.index + m[0].length - 1;
  if (sentence > 0) return sentence;
  const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'));
  if (space > 0) return space;
  const code = text.charCodeAt(max - 1);
  return code >= 0xd800 && code <= 0xdbff ? max - 1 : max;
}

/**
 * Turns a raw article into the pipeline's Article: normalized text (see
 * normalizeText), a content-hash id, the dateline, and the outlet from
 * metadata or else from the dateline. Fails with E104 when nothing is left
 * of the text. An unusable `published` is dropped with an E110 warning; a
 * text over `articleChars` is cut (see cutPoint) with an E114 warning.
 */
export function toArticle(raw: RawArticle, articleChars: number = DEFAULT_LIMITS.articleChars): Result<Article> {
  let text = normalizeText(raw.text);
  if (text.length === 0) return fail(issue('E104', { path: raw.origin }, raw.origin));
  const warnings: Issue[] = [];
  if (text.length > articleChars) {
    const chars = text.length;
    text = text.slice(0, cutPoint(text, articleChars)).trimEnd();
    warnings.push(issue('E114', { path: raw.origin, chars, max: articleChars, kept: text.length }, raw.origin));
  }
  const published = cleanPublished(raw, warnings);
  const dateline = parseDateline(text, published);
  const article: Article = {
    id: contentId(text),
    externalId: raw.externalId ?? null,
    url: raw.url ?? null,
    title: raw.title ?? null,
    published,
    outlet: raw.outlet ?? dateline?.outlet ?? null,
    text,
    dateline,
    origin: raw.origin,
  };
  return ok(article, warnings);
}

/** The readers already give YYYY-MM-DD; callers building RawArticle by hand may not. */
function cleanPublished(raw: RawArticle, warnings: Issue[]): string | null {
  if (raw.published === undefined || raw.published === null || raw.published === '') return null;
  const date = normalizeDate(raw.published);
  if (date === null) {
    const detail = `"${raw.published}" is not a date`;
    warnings.push(issue('E110', { field: 'published', path: raw.origin, detail }, raw.origin));
  }
  return date;
}
