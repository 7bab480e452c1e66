import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import zlib from 'node:zlib';
import { createGuard } from './guard.js';
import { Fetcher, parseRetryAfter } from './http.js';
import type { FetchResult } from './http.js';
import type { TestServer } from './testserver.case.js';
import { send, startServer, withEtag } from './testserver.case.js';

const XML = ['application/xml', 'text/xml'];
const LIMITS = { timeoutMs: 1500, maxBytes: 64 * 1024, maxRedirects: 3, userAgent: 'dyadwatch-test/1 (+tests)' };
const codeOf = (r: FetchResult) => (r.ok ? `ok ${r.value.status}` : r.failure.issue.code);

describe('Fetcher against a local server', () => {
  let srv: TestServer;
  let fetcher: Fetcher;
  before(async () => {
    srv = await startServer({
      '/feed.xml': withEtag('application/rss+xml; charset=utf-8', '"v1"', () => '<rss><channel><title>Valdor</title></channel></rss>'),
      '/busy': (_q, res) => {
        res.writeHead(429, { 'retry-after': '120' });
        res.end();
      },
      '/broken': (_q, res) => {
        res.writeHead(503);
        res.end('down');
      },
      '/loop-a': (_q, res) => {
        res.writeHead(302, { location: '/loop-b' });
        res.end();
      },
      '/loop-b': (_q, res) => {
        res.writeHead(301, { location: '/loop-a' });
        res.end();
      },
      '/chain-1': (_q, res) => (res.writeHead(302, { location: '/chain-2' }), res.end()),
      '/chain-2': (_q, res) => (res.writeHead(302, { location: '/chain-3' }), res.end()),
      '/chain-3': (_q, res) => (res.writeHead(302, { location: '/chain-4' }), res.end()),
      '/chain-4': (_q, res) => (res.writeHead(302, { location: '/feed.xml' }), res.end()),
      '/to-metadata': (_q, res) => (res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }), res.end()),
      '/to-private': (_q, res) => (res.writeHead(307, { location: 'http://10.1.2.3/admin' }), res.end()),
      '/to-ipv6-loopback': (_q, res) => (res.writeHead(307, { location: 'http://[::1]:1/' }), res.end()),
      '/drip': (_q, res) => {
        res.writeHead(200, { 'content-type': 'text/xml' });
        // One byte every 100 ms, for ever: each chunk beats any idle timeout, only the deadline stops it.
        const t = setInterval(() => res.write('<'), 100);
        res.on('close', () => clearInterval(t));
      },
      '/huge': send('text/xml', Buffer.alloc(200 * 1024, 'a')),
      '/bomb': send('text/xml', zlib.gzipSync(Buffer.alloc(64 * 1024 * 1024)), { 'content-encoding': 'gzip' }),
      '/small.gz': send('text/xml', zlib.gzipSync('<urlset/>'), { 'content-encoding': 'gzip' }),
      '/binary': send('application/octet-stream', 'xx'),
    });
    fetcher = new Fetcher(createGuard(['127.0.0.1']), LIMITS);
  });
  after(async () => {
    await fetcher.close();
    await srv.close();
  });

  it('fetches with a User-Agent and answers a conditional GET with 304', async () => {
    const first = await fetcher.get({ url: `${srv.base}/feed.xml`, accept: [...XML, 'application/rss+xml'] });
    assert.ok(first.ok);
    assert.equal(first.value.status, 200);
    assert.equal(first.value.etag, '"v1"');
    assert.match(first.value.body, /Valdor/);
    assert.equal(srv.headers.get('/feed.xml')?.['user-agent'], LIMITS.userAgent);
    const again = await fetcher.get({ url: `${srv.base}/feed.xml`, accept: ['application/rss+xml'], etag: '"v1"' });
    assert.equal(codeOf(again), 'ok 304');
    assert.equal(srv.headers.get('/feed.xml')?.['if-none-match'], '"v1"');
  });

  it('reports 429 with its Retry-After and 5xx as retryable', async () => {
    const busy = await fetcher.get({ url: `${srv.base}/busy`, accept: XML });
    assert.ok(!busy.ok);
    assert.deepEqual([busy.failure.issue.code, busy.failure.status, busy.failure.retryable, busy.failure.retryAfterMs], ['E131', 429, true, 120_000]);
    const broken = await fetcher.get({ url: `${srv.base}/broken`, accept: XML });
    assert.ok(!broken.ok && broken.failure.retryable && broken.failure.status === 503);
    const missing = await fetcher.get({ url: `${srv.base}/nothing`, accept: XML });
    assert.ok(!missing.ok && !missing.failure.retryable && missing.failure.status === 404);
  });

  it('stops redirect loops and over-long chains (E133)', async () => {
    assert.equal(codeOf(await fetcher.get({ url: `${srv.base}/loop-a`, accept: XML })), 'E133');
    assert.equal(codeOf(await fetcher.get({ url: `${srv.base}/chain-1`, accept: XML })), 'E133');
    assert.equal(codeOf(await fetcher.get({ url: `${srv.base}/chain-2`, accept: [...XML, 'application/rss+xml'] })), 'ok 200');
  });

  it('re-checks every redirect hop with the SSRF guard (E135)', async () => {
    for (const p of ['/to-metadata', '/to-private', '/to-ipv6-loopback']) {
      const r = await fetcher.get({ url: `${srv.base}${p}`, accept: XML });
      assert.equal(codeOf(r), 'E135', p);
    }
  });

  it('abandons a slow drip at the deadline (E137)', async () => {
    const r = await fetcher.get({ url: `${srv.base}/drip`, accept: XML });
    assert.ok(!r.ok);
    assert.equal(r.failure.issue.code, 'E137');
    assert.equal(r.failure.retryable, true);
  });

  it('cuts oversized bodies and gzip bombs at the limit, counted after decompression (E132)', async () => {
    assert.equal(codeOf(await fetcher.get({ url: `${srv.base}/huge`, accept: XML })), 'E132');
    const rss = process.memoryUsage().rss;
    assert.equal(codeOf(await fetcher.get({ url: `${srv.base}/bomb`, accept: XML })), 'E132');
    assert.ok(process.memoryUsage().rss - rss < 48 * 1024 * 1024, 'the bomb was not inflated in memory');
    const small = await fetcher.get({ url: `${srv.base}/small.gz`, accept: XML });
    assert.ok(small.ok && small.value.body === '<urlset/>');
  });

  it('refuses unexpected content types (E134)', async () => {
    assert.equal(codeOf(await fetcher.get({ url: `${srv.base}/binary`, accept: XML })), 'E134');
  });

  it('refuses loopback unless allowed, and non-http schemes', async () => {
    const strict = new Fetcher(createGuard([]), LIMITS);
    try {
      assert.equal(codeOf(await strict.get({ url: `${srv.base}/feed.xml`, accept: XML })), 'E135');
      assert.equal(codeOf(await strict.get({ url: 'file:///etc/passwd', accept: XML })), 'E135');
      assert.equal(codeOf(await strict.get({ url: 'http://[::1]:1/', accept: XML })), 'E135');
      assert.equal(codeOf(await strict.get({ url: 'http://[::ffff:127.0.0.1]:1/', accept: XML })), 'E135');
    } finally {
      await strict.close();
    }
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    assert.equal(parseRetryAfter('30'), 30_000);
    assert.equal(parseRetryAfter(new Date(Date.UTC(2030, 0, 1, 0, 1)).toUTCString(), Date.UTC(2030, 0, 1)), 60_000);
    assert.equal(parseRetryAfter('soon'), null);
    assert.equal(parseRetryAfter(undefined), null);
  });
});
