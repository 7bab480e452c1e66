import { createReadStream } from 'node:fs';
import type { Stats } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { issue } from '../core/errors.js';
import type { InputItem } from './record.js';
import { errorDetail, skipItem } from './record.js';

/** The formats the readers know, from the file name. */
export type Format = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'feed';

const FORMATS: Record<string, Format> = {
  '.txt': 'text', '.text': 'text', '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html',
  '.json': 'json', '.jsonl': 'jsonl', '.ndjson': 'jsonl', '.xml': 'feed', '.rss': 'feed', '.atom': 'feed',
};

/** Sibling metadata files are read with their article, never as articles themselves. */
export const META_SUFFIX = '.meta.json';

/** Format of a file from its extension (".gz" appended means gzip), or null when unknown. */
export function formatOf(file: string): { format: Format; gz: boolean } | null {
  const lower = file.toLowerCase();
  const gz = lower.endsWith('.gz');
  const format = FORMATS[path.extname(gz ? lower.slice(0, -3) : lower)];
  return format === undefined ? null : { format, gz };
}

/** True for Node system and zlib errors (they carry a string code): I/O failures, not bugs. */
export function isIoError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string';
}

/** E101 for a missing path, E109 for any other I/O failure. */
export function ioIssueItem(e: unknown, file: string): InputItem {
  if (isIoError(e) && e.code === 'ENOENT') return skipItem(issue('E101', { path: file }, file));
  return skipItem(issue('E109', { path: file, detail: errorDetail(e) }, file));
}

/** What a non-regular file is, in words for E115. */
function specialKind(s: Stats): string {
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/**
 * What a path is, or the skip item saying why it cannot be read. stat()
 * follows symlinks, so a link is read only when it ends at a regular file or
 * a directory; a FIFO, socket or device (a link to /dev/zero) is refused with
 * E115 before anything opens it (opening a FIFO would block forever).
 */
export async function kindOf(p: string): Promise<'file' | 'dir' | InputItem> {
  try {
    const s = await stat(p);
    if (s.isDirectory()) return 'dir';
    if (s.isFile()) return 'file';
    return skipItem(issue('E115', { path: p, kind: specialKind(s) }, p));
  } catch (e) {
    return ioIssueItem(e, p);
  }
}

/**
 * Files under a directory, recursively, in a stable order (names sorted by
 * code unit, not locale, so runs are reproducible everywhere). Dotfiles and
 * dot-directories are skipped, and so are sibling .meta.json files. An
 * unreadable directory is an E109 item. Symlinked directories are followed
 * once each: `seen` holds real paths, so a link back up cannot loop.
 */
export async function* walk(dir: string, seen: Set<string> = new Set()): AsyncGenerator<string | InputItem> {
  let names: string[];
  try {
    const real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    names = (await readdir(dir)).filter((n) => !n.startsWith('.') && !n.toLowerCase().endsWith(META_SUFFIX));
  } catch (e) {
    yield ioIssueItem(e, dir);
    return;
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const full = path.join(dir, name);
    // stat, not the dirent type, so symlinks to directories are followed.
    const kind = await kindOf(full);
    if (kind === 'dir') yield* walk(full, seen);
    else yield kind === 'file' ? full : kind;
  }
}

/** The file's bytes as a stream, gunzipped on the way when `gz`; errors surface in iteration. */
export function openBytes(file: string, gz: boolean): AsyncIterable<Uint8Array> {
  const source = createReadStream(file);
  if (!gz) return source;
  // pipeline destroys the gunzip stream with the read error, so iteration sees it.
  return pipeline(source, createGunzip(), () => {});
}

/**
 * The whole file as bytes (small formats: text, HTML, JSON, feeds), gunzipped
 * when `gz`, or null when it holds more than `max` bytes (gunzipped: counted
 * as they come, so a small bomb stops at the limit). A file that grows while
 * read is also stopped at the limit.
 */
export async function readBytes(file: string, gz: boolean, max = Infinity): Promise<Uint8Array | null> {
  if (!gz && (await stat(file)).size > max) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const stream = gz ? openBytes(file, true) : createReadStream(file, Number.isFinite(max) ? { end: max } : {});
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > max) {
      (stream as Readable).destroy?.();
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
