import { pipeline } from 'node:stream';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { Agent, request } from 'undici';
import type { Issue } from '../../core/result.js';
import { issue } from '../../core/errors.js';
import type { Guard } from './guard.js';
import { refuseUrl } from './guard.js';

/** Limits of one fetch; FollowSettings supplies them. */
export interface FetchLimits {
  /** Whole request, headers and body together: a slow drip is cut here. */
  timeoutMs: number;
  /** Largest body, counted after decompression. */
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
}

/** What one GET asks for. */
export interface FetchRequest {
  url: string;
  /** Accepted media types (without parameters); an absent Content-Type is let through to the parser. */
  accept: readonly string[];
  etag?: string | null;
  lastModified?: string | null;
}

/** A successful fetch: 200 with a body, or 304 (not modified) with none. */
export interface Fetched {
  status: 200 | 304;
  /** Final URL after redirects. */
  url: string;
  body: string;
  etag: string | null;
  lastModified: string | null;
  contentType: string | null;
  bytes: number;
}

/** A failed fetch, with what the scheduler needs to back off. */
export interface FetchFailure {
  issue: Issue;
  status: number | null;
  /** 429, 5xx, timeouts and network errors: worth trying again soon. */
  retryable: boolean;
  /** From Retry-After, when the server gave one. */
  retryAfterMs: number | null;
}

export type FetchResult = { ok: true; value: Fetched } | { ok: false; failure: FetchFailure };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

const failed = (i: Issue, retryable: boolean, status: number | null = null, retryAfterMs: number | null = null): FetchResult => ({
  ok: false,
  failure: { issue: i, status, retryable, retryAfterMs },
});

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}

function header(h: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Drops a response body we will not read; the error destroying it raises is expected, not a crash. */
function discard(body: Readable): void {
  body.on('error', () => undefined);
  body.destroy();
}

function decoderFor(encoding: string | undefined): zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress | null {
  switch ((encoding ?? '').trim().toLowerCase()) {
    case 'gzip': case 'x-gzip': return zlib.createGunzip();
    case 'deflate': return zlib.createInflate();
    case 'br': return zlib.createBrotliDecompress();
    default: return null;
  }
}

function charsetOf(contentType: string | null): string {
  const m = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  try {
    return m ? new TextDecoder(m[1]!).encoding : 'utf-8';
  } catch {
    return 'utf-8';
  }
}

/**
 * The one HTTP client of the follow stage: undici with the SSRF guard as the
 * socket's DNS lookup, redirects followed by hand (each hop's URL checked
 * again), the body streamed through decompression and cut at maxBytes, one
 * deadline for the whole exchange. Every failure is a value.
 */
export class Fetcher {
  private readonly agent: Agent;

  constructor(
    private readonly guard: Guard,
    private readonly limits: FetchLimits,
  ) {
    this.agent = new Agent({
      connect: { lookup: guard.lookup, timeout: limits.timeoutMs },
      headersTimeout: limits.timeoutMs,
      bodyTimeout: limits.timeoutMs,
      // Never pipeline or keep sockets long: sources are polled minutes apart.
      keepAliveTimeout: 1000,
    });
  }

  async get(req: FetchRequest): Promise<FetchResult> {
    const signal = AbortSignal.timeout(this.limits.timeoutMs);
    const seen = new Set<string>();
    let url = req.url;
    for (let hop = 0; ; hop++) {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return failed(issue('E130', { url, detail: 'not a valid URL' }), false);
      }
      const why = refuseUrl(this.guard, parsed);
      if (why) return failed(issue('E135', { url, detail: why }), false);
      if (seen.has(parsed.href) || hop > this.limits.maxRedirects) {
        return failed(issue('E133', { url: req.url, max: this.limits.maxRedirects }), false);
      }
      seen.add(parsed.href);
      const r = await this.once(parsed, req, hop === 0, signal);
      if ('next' in r) url = r.next;
      else return r;
    }
  }

  /** One request; a redirect comes back as the next URL. */
  private async once(url: URL, req: FetchRequest, first: boolean, signal: AbortSignal): Promise<FetchResult | { next: string }> {
    const headers: Record<string, string> = {
      'user-agent': this.limits.userAgent,
      accept: `${req.accept.join(', ')};q=1, */*;q=0.1`,
      'accept-encoding': 'gzip, deflate, br',
    };
    // Validators belong to the source URL; a redirect target gets a plain GET.
    if (first && req.etag) headers['if-none-match'] = req.etag;
    if (first && req.lastModified) headers['if-modified-since'] = req.lastModified;
    let res: Awaited<ReturnType<typeof request>>;
    try {
      res = await request(url, { dispatcher: this.agent, method: 'GET', headers, signal });
    } catch (e) {
      return this.networkFailure(url.href, e);
    }
    const h = res.headers as Record<string, string | string[] | undefined>;
    const status = res.statusCode;
    if (REDIRECTS.has(status) && header(h, 'location')) {
      await res.body.dump().catch(() => undefined);
      return { next: new URL(header(h, 'location')!, url).href };
    }
    if (status === 304) {
      await res.body.dump().catch(() => undefined);
      return { ok: true, value: { status: 304, url: url.href, body: '', etag: req.etag ?? null, lastModified: req.lastModified ?? null, contentType: null, bytes: 0 } };
    }
    if (status !== 200) {
      await res.body.dump().catch(() => undefined);
      const retryable = status === 429 || status >= 500;
      return failed(issue('E131', { url: url.href, status }), retryable, status, parseRetryAfter(header(h, 'retry-after')));
    }
    const contentType = header(h, 'content-type') ?? null;
    const media = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
    if (media && !req.accept.includes(media)) {
      discard(res.body);
      return failed(issue('E134', { url: url.href, type: media, expected: req.accept.join(', ') }), false, status);
    }
    const body = await this.readBody(url.href, res.body, header(h, 'content-encoding'), charsetOf(contentType));
    if (!body.ok) return body;
    return {
      ok: true,
      value: {
        status: 200, url: url.href, body: body.text, etag: header(h, 'etag') ?? null,
        lastModified: header(h, 'last-modified') ?? null, contentType, bytes: body.bytes,
      },
    };
  }

  /** Streams the body through its decoder, stopping as soon as maxBytes is passed (a gzip bomb never inflates). */
  private async readBody(
    url: string, raw: Readable, encoding: string | undefined, charset: string,
  ): Promise<{ ok: true; text: string; bytes: number } | { ok: false; failure: FetchFailure }> {
    const decoder = decoderFor(encoding);
    const stream: Readable = decoder ? pipeline(raw, decoder, () => undefined) : raw;
    const chunks: Buffer[] = [];
    let bytes = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        bytes += chunk.length;
        if (bytes > this.limits.maxBytes) {
          discard(stream);
          discard(raw);
          return failed(issue('E132', { url, max: this.limits.maxBytes }), false, 200) as { ok: false; failure: FetchFailure };
        }
        chunks.push(chunk);
      }
    } catch (e) {
      discard(raw);
      return this.networkFailure(url, e) as { ok: false; failure: FetchFailure };
    }
    return { ok: true, text: new TextDecoder(charset).decode(Buffer.concat(chunks)), bytes };
  }

  private networkFailure(url: string, e: unknown): FetchResult {
    const err = e as { name?: string; code?: string; message?: string; cause?: { code?: string; message?: string } };
    const code = err.code ?? err.cause?.code;
    if (code === 'EDWSSRF') return failed(issue('E135', { url, detail: err.message ?? err.cause?.message ?? 'forbidden address' }), false);
    const timedOut = err.name === 'TimeoutError' || err.name === 'AbortError' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || code === 'UND_ERR_CONNECT_TIMEOUT';
    if (timedOut) return failed(issue('E137', { url, ms: this.limits.timeoutMs }), true);
    return failed(issue('E130', { url, detail: `${code ? `${code}: ` : ''}${err.message ?? String(e)}` }), true);
  }

  async close(): Promise<void> {
    await this.agent.close().catch(() => undefined);
  }
}
