import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Issue } from '../core/result.js';
import { issue } from '../core/errors.js';
import { META_SUFFIX } from './files.js';
import type { ArticleMeta, InputItem } from './record.js';
import { errorDetail, readMeta, textItem } from './record.js';

/** "# Heading" on the first line of a Markdown article (closing hashes allowed). */
const MD_HEADING = /^#[ \t]+(.+?)[ \t]*#*[ \t]*(?:\n|$)/;
const LEADING_BLANK_LINES = /^(?:[ \t]*\r?\n)+/;
const GZ = /\.gz$/i;

/** A plain-text article: the whole file is the story. */
export function plainTextItem(text: string, origin: string): InputItem {
  return textItem({ text, origin });
}

/**
 * A Markdown article: a first-line "# heading" becomes the title and is taken
 * off the text, so that the text opens with the story (and its dateline).
 */
export function markdownItem(text: string, origin: string): InputItem {
  const body = text.replace(LEADING_BLANK_LINES, '');
  const m = MD_HEADING.exec(body);
  if (!m) return textItem({ text, origin });
  return textItem({ text: body.slice(m[0].length), origin, title: m[1]! });
}

/**
 * Metadata for a single-article file from a sibling "NAME.meta.json" (or
 * "NAME.txt.meta.json"): { published, title, url, outlet, id }.
 *
 * Why not the file's mtime as a fallback publication date: mtime records when
 * the file was copied or edited, not when the story was published, and a wrong
 * year is worse than none (dateline years would silently shift). So a date
 * comes only from the article itself or from metadata someone wrote down.
 * Missing sidecar: null. Broken sidecar: null and an E112 warning.
 */
export async function sidecarMeta(file: string, warnings: Issue[]): Promise<ArticleMeta | null> {
  const dir = path.dirname(file);
  const base = path.basename(file).replace(GZ, '');
  const stem = base.slice(0, base.length - path.extname(base).length);
  for (const candidate of [path.join(dir, stem + META_SUFFIX), path.join(dir, base + META_SUFFIX)]) {
    let text: string;
    try {
      text = await readFile(candidate, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      warnings.push(issue('E112', { path: candidate, detail: errorDetail(e) }, candidate));
      return null;
    }
    return parseSidecar(text, candidate, warnings);
  }
  return null;
}

function parseSidecar(text: string, where: string, warnings: Issue[]): ArticleMeta | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    warnings.push(issue('E112', { path: where, detail: errorDetail(e) }, where));
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    warnings.push(issue('E112', { path: where, detail: 'not a JSON object' }, where));
    return null;
  }
  return readMeta(value as Record<string, unknown>, where, warnings);
}
