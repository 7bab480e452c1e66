import type { Article, RawArticle } from '../core/article.js';
import type { Issue, Result } from '../core/result.js';
import { ok, fail } from '../core/result.js';
import { issue } from '../core/errors.js';
import { contentId, normalizeDate, normalizeText } from './normalize.js';
import { parseDateline } from './dateline.js';

/**
 * Turns a raw article into the pipeline's Article: normalized text (see
 * normalizeText), a content-hash id, the dateline, and the outlet from
 * metadata or else from the dateline. Fails with E104 when nothing is left
 * of the text. An unusable `published` is dropped with an E110 warning.
 */
export function toArticle(raw: RawArticle): Result<Article> {
  const text = normalizeText(raw.text);
  if (text.length === 0) return fail(issue('E104', { path: raw.origin }, raw.origin));
  const warnings: Issue[] = [];
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
