import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { Result } from '../core/result.js';
import { ok, fail } from '../core/result.js';
import { issue } from '../core/errors.js';

/**
 * Reads a file into a SharedArrayBuffer: a view of it passed to worker
 * threads (workerData) is the same memory, not a copy, so a model read once
 * by the main thread is in the process once however many threads use it.
 */
export function readShared(file: string): Result<Uint8Array> {
  let fd = -1;
  try {
    fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let off = 0;
    while (off < size) {
      const n = readSync(fd, bytes, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    if (off !== size) return fail(issue('E210', { path: file, detail: `read ${off} of ${size} bytes` }));
    return ok(bytes);
  } catch (e) {
    return fail(issue('E210', { path: file, detail: e instanceof Error ? e.message : String(e) }));
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}
