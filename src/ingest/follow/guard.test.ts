import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createGuard, invalidAllowEntries, refuseUrl } from './guard.js';

describe('SSRF guard', () => {
  it('refuses loopback, private, link-local, metadata and reserved addresses', () => {
    const g = createGuard();
    for (const a of ['127.0.0.1', '10.0.0.5', '172.20.1.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fd00:ec2::254', 'fe80::1', '::ffff:10.0.0.1', '224.0.0.1']) {
      assert.ok(g.refuse(a), a);
    }
    for (const a of ['93.184.216.34', '2606:4700::1111', '8.8.8.8']) assert.equal(g.refuse(a), null, a);
  });

  it('allows exactly the named addresses and ranges', () => {
    const g = createGuard(['127.0.0.1', '10.1.0.0/16']);
    assert.equal(g.refuse('127.0.0.1'), null);
    assert.ok(g.refuse('127.0.0.2'));
    assert.equal(g.refuse('10.1.200.3'), null);
    assert.ok(g.refuse('10.2.0.1'));
    assert.deepEqual(invalidAllowEntries(['127.0.0.1', 'example.com', '10.0.0.0/99']), ['example.com', '10.0.0.0/99']);
  });

  it('checks after DNS: a name resolving to loopback is refused by the lookup', async () => {
    const g = createGuard();
    const err = await new Promise<NodeJS.ErrnoException | null>((r) => g.lookup('localhost', {}, (e) => r(e)));
    assert.equal(err?.code, 'EDWSSRF');
    const allowed = createGuard(['127.0.0.1', '::1']);
    const ok = await new Promise<NodeJS.ErrnoException | null>((r) => allowed.lookup('localhost', {}, (e) => r(e)));
    assert.equal(ok, null);
  });

  it('refuses non-http schemes, credentials and literal private hosts before connecting', () => {
    const g = createGuard();
    assert.match(refuseUrl(g, new URL('file:///etc/passwd'))!, /scheme/);
    assert.match(refuseUrl(g, new URL('http://user:pw@example.test/'))!, /credentials/);
    assert.ok(refuseUrl(g, new URL('http://169.254.169.254/latest/')));
    assert.ok(refuseUrl(g, new URL('http://localhost:8787/')));
    assert.equal(refuseUrl(g, new URL('https://example.test/feed')), null);
  });
});
