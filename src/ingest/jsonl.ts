import { issue } from '../core/errors.js';
import { decodeBytes, isBinary, strictDecoder } from './decode.js';
import type { InputItem } from './record.js';
import { articleItem, errorDetail, recordItem, skipItem } from './record.js';

const NEWLINE = 0x0a;
const CR = 0x0d;
const NOT_BLANK = /\S/;

/** One line of a byte stream: its bytes (no line end; null when over the limit) and 1-based number. */
export interface Line {
  bytes: Uint8Array | null;
  no: number;
}

/**
 * Splits a byte stream into lines without decoding it first, so each line can
 * be decoded on its own (one damaged line costs one warning, not a lost file)
 * and nothing but the current line is held in memory. CRLF is accepted.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array>, max = Infinity): AsyncGenerator<Line> {
  // Pieces of a line that spans chunks; joined once when its end arrives (linear, not quadratic).
  let pending: Uint8Array[] = [];
  let size = 0;
  // A line past `max` bytes is dropped as it streams (memory stays bounded) and reported as null.
  let over = false;
  let no = 0;
  const take = (tail: Uint8Array): Line => {
    const line = over || size + tail.length > max ? null : stripCR(pending.length ? Buffer.concat([...pending, tail]) : tail);
    pending = [];
    size = 0;
    over = false;
    return { bytes: line, no: ++no };
  };
  for await (const chunk of chunks) {
    let pos = 0;
    for (let nl = chunk.indexOf(NEWLINE); nl !== -1; nl = chunk.indexOf(NEWLINE, pos)) {
      yield take(chunk.subarray(pos, nl));
      pos = nl + 1;
    }
    if (pos < chunk.length && !over) {
      const rest = chunk.subarray(pos);
      size += rest.length;
      if (size > max) {
        over = true;
        pending = [];
      } else pending.push(rest);
    }
  }
  if (pending.length || over) yield take(new Uint8Array(0));
}

function stripCR(b: Uint8Array): Uint8Array {
  return b.length && b[b.length - 1] === CR ? b.subarray(0, b.length - 1) : b;
}

/**
 * Reads JSON Lines (one article object a line) from a byte stream. Origins are
 * "path:LINE". A bad line is a skip item and the next line is read: E102 (NUL
 * bytes), E113 (longer than `max` bytes), E105 (not JSON, or not an object), E106 (no
 * text), E104 (empty text). A NUL in the first chunk marks a binary file: one
 * E102 for the whole file rather than one per line; a file with no lines is E104.
 */
export async function* readJsonLines(chunks: AsyncIterable<Uint8Array>, path: string, max = Infinity): AsyncGenerator<InputItem> {
  const it = chunks[Symbol.asyncIterator]();
  const head = await it.next();
  if (!head.done && isBinary(head.value)) {
    await it.return?.();
    yield skipItem(issue('E102', { path }, path));
    return;
  }
  const decoder = strictDecoder();
  let seen = 0;
  const stream = head.done ? empty() : prepend(head.value, it);
  for await (const line of splitLines(stream, max)) {
    const where = `${path}:${line.no}`;
    if (line.bytes === null) {
      seen++;
      yield skipItem(issue('E113', { path: where, max }, where));
      continue;
    }
    const text = decodeBytes(line.bytes, where, decoder);
    if (!text.ok) {
      seen++;
      yield skipItem(text.issues[0]!);
      continue;
    }
    if (!NOT_BLANK.test(text.value)) continue;
    seen++;
    const item = lineItem(text.value, where);
    yield item.kind === 'article' && text.warnings?.length ? articleItem(item.raw, [...text.warnings, ...(item.warnings ?? [])]) : item;
  }
  if (seen === 0) yield skipItem(issue('E104', { path }, path));
}

function lineItem(text: string, where: string): InputItem {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return skipItem(issue('E105', { path: where, detail: errorDetail(e) }, where));
  }
  return recordItem(value, where);
}

/** The stream again, with a chunk already taken off it (for sniffing) put back in front. */
export async function* prepend<T>(first: T, rest: AsyncIterator<T>): AsyncGenerator<T> {
  try {
    yield first;
    for (let r = await rest.next(); !r.done; r = await rest.next()) yield r.value;
  } finally {
    // A consumer that stops early must still close the file underneath.
    await rest.return?.();
  }
}

async function* empty(): AsyncGenerator<Uint8Array> {}
