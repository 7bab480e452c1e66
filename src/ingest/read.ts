import type { Issue } from '../core/result.js';
import { issue } from '../core/errors.js';
import { decodeBytes } from './decode.js';
import type { Format } from './files.js';
import { formatOf, ioIssueItem, isIoError, kindOf, openBytes, readBytes, walk } from './files.js';
import { prepend, readJsonLines } from './jsonl.js';
import { hasContent } from './normalize.js';
import type { InputItem } from './record.js';
import { articleItem, errorDetail, recordItem, skipItem, withFallback } from './record.js';
import type { Limits } from '../config.js';
import { DEFAULT_LIMITS } from '../config.js';
import { markdownItem, plainTextItem, sidecarMeta } from './text.js';

export type { InputItem } from './record.js';

/** Options of readInputs. */
export interface ReadOptions {
  /** Stream read for the path "-" (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Size limits (only fileBytes is used here); the defaults when absent. */
  limits?: Limits;
}

/** An item with decoding warnings added to its own (a skip keeps only its issue). */
function withWarnings(item: InputItem, warnings: readonly Issue[] = []): InputItem {
  if (item.kind !== 'article' || warnings.length === 0) return item;
  return articleItem(item.raw, [...warnings, ...(item.warnings ?? [])]);
}

/**
 * Reads articles from files, directories (recursive, sorted, dotfiles
 * skipped) and "-" (standard input), one item at a time. Bad input never
 * throws and never stops the batch: it becomes a skip item with a coded issue
 * (E101 missing, E102 binary, E104 empty, E105 bad JSON, E113 too large, E115 not a regular file,
 * E106 no text, E107 unknown type, E109 unreadable, E111 bad feed) and the
 * next input is read. JSON Lines (also gzipped) are streamed line by line.
 */
export async function* readInputs(paths: string[], opts: ReadOptions = {}): AsyncGenerator<InputItem> {
  const max = (opts.limits ?? DEFAULT_LIMITS).fileBytes;
  for (const p of paths) {
    if (p === '-') {
      yield* readStdin(opts.stdin ?? process.stdin, max);
      continue;
    }
    const kind = await kindOf(p);
    if (kind === 'file') yield* readFileItems(p, max);
    else if (kind !== 'dir') yield kind;
    else {
      for await (const entry of walk(p)) {
        if (typeof entry === 'string') yield* readFileItems(entry, max);
        else yield entry;
      }
    }
  }
}

/** Items of one file (at most `max` bytes, a JSON Lines file: per line); an I/O failure midway is one E109 item after those already read. */
export async function* readFileItems(file: string, max: number = DEFAULT_LIMITS.fileBytes): AsyncGenerator<InputItem> {
  const type = formatOf(file);
  if (type === null) {
    yield skipItem(issue('E107', { path: file }, file));
    return;
  }
  try {
    if (type.format === 'jsonl') yield* readJsonLines(openBytes(file, type.gz), file, max);
    else yield* wholeFileItems(file, type.format, type.gz, max);
  } catch (e) {
    // Only I/O and zlib errors become items; anything else is a bug and must surface.
    if (!isIoError(e)) throw e;
    yield ioIssueItem(e, file);
  }
}

async function* wholeFileItems(file: string, format: Format, gz: boolean, max: number): AsyncGenerator<InputItem> {
  const bytes = await readBytes(file, gz, max);
  if (bytes === null) {
    yield skipItem(issue('E113', { path: file, max }, file));
    return;
  }
  const text = decodeBytes(bytes, file);
  if (!text.ok) {
    yield skipItem(text.issues[0]!);
    return;
  }
  if (!hasContent(text.value)) {
    yield skipItem(issue('E104', { path: file }, file));
    return;
  }
  if (format === 'feed') {
    // The feed and HTML readers (rss-parser, linkedom) are loaded when a file needs them: a JSON Lines ingest never holds them.
    const { feedItems } = await import('./feed.js');
    for await (const item of feedItems(text.value, file)) yield withWarnings(item, text.warnings);
  } else if (format === 'json') {
    for (const item of jsonItems(text.value, file)) yield withWarnings(item, text.warnings);
  } else yield withWarnings(await withSidecar(await singleItem(text.value, file, format), file), text.warnings);
}

async function singleItem(text: string, file: string, format: Format): Promise<InputItem> {
  if (format === 'html') return (await import('./html.js')).htmlItem(text, file);
  if (format === 'markdown') return markdownItem(text, file);
  return plainTextItem(text, file);
}

/** Adds metadata from a sibling .meta.json to a single-article file (see sidecarMeta). */
async function withSidecar(item: InputItem, file: string): Promise<InputItem> {
  if (item.kind !== 'article') return item;
  const warnings: Issue[] = [...(item.warnings ?? [])];
  const meta = await sidecarMeta(file, warnings);
  return articleItem(meta === null ? item.raw : withFallback(item.raw, meta), warnings);
}

/** A .json file: one article object, or an array of them (origins "path#N", N from 1). */
function* jsonItems(text: string, file: string): Generator<InputItem> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    yield skipItem(issue('E105', { path: file, detail: errorDetail(e) }, file));
    return;
  }
  if (!Array.isArray(value)) {
    yield recordItem(value, file);
    return;
  }
  if (value.length === 0) yield skipItem(issue('E104', { path: file }, file));
  for (let i = 0; i < value.length; i++) yield recordItem(value[i], `${file}#${i + 1}`);
}

const BOM = [0xef, 0xbb, 0xbf];
const OPEN_BRACE = 0x7b;

/**
 * Standard input: JSON Lines when the first non-blank character is "{"
 * (origins "stdin:LINE"), else the whole input is one text article ("stdin").
 */
async function* readStdin(stream: NodeJS.ReadableStream, max: number): AsyncGenerator<InputItem> {
  const it = bytesOf(stream)[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let first = -1;
  try {
    // Take chunks until one shows a non-blank byte: that byte decides the format.
    while (first === -1) {
      const r = await it.next();
      if (r.done) break;
      head.push(r.value);
      first = firstNonBlank(r.value, head.length === 1);
    }
    if (first === OPEN_BRACE) {
      yield* readJsonLines(prepend(Buffer.concat(head), it), 'stdin', max);
      return;
    }
    let size = head.reduce((n, c) => n + c.length, 0);
    for (let r = await it.next(); !r.done; r = await it.next()) {
      size += r.value.length;
      if (size > max) {
        await it.return?.(undefined);
        yield skipItem(issue('E113', { path: 'stdin', max }, 'stdin'));
        return;
      }
      head.push(r.value);
    }
  } catch (e) {
    if (!isIoError(e)) throw e;
    yield skipItem(issue('E109', { path: 'stdin', detail: errorDetail(e) }, 'stdin'));
    return;
  }
  const text = decodeBytes(Buffer.concat(head), 'stdin');
  if (!text.ok) yield skipItem(text.issues[0]!);
  else yield withWarnings(plainTextItem(text.value, 'stdin'), text.warnings);
}

/** Chunks of a stream as bytes (a stream with setEncoding() yields strings). */
async function* bytesOf(stream: NodeJS.ReadableStream): AsyncGenerator<Uint8Array> {
  for await (const chunk of stream) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Uint8Array);
}

/** First byte that is not whitespace (nor a leading BOM), or -1. */
function firstNonBlank(chunk: Uint8Array, atStart: boolean): number {
  let i = atStart && BOM.every((b, k) => chunk[k] === b) ? 3 : 0;
  for (; i < chunk.length; i++) {
    const c = chunk[i]!;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return c;
  }
  return -1;
}
