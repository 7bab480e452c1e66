import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSourcesFile } from './sources-file.js';

describe('SOURCES.yaml', () => {
  it('reads sources with kinds, intervals and the allow list', () => {
    const r = parseSourcesFile(
      `allow_hosts: [127.0.0.1, 10.8.0.0/16]
fetch: { min_delay_ms: 50, timeout_ms: 5000 }
sources:
  - { id: valdor-post, url: "http://127.0.0.1:8080/feed.xml", every: 15m, outlet: Valdor Post, tags: [wire] }
  - { id: herald-map, url: "https://herald.example/news-sitemap.xml", every: 3600 }
  - { id: statement, url: "https://mod.example/statement.html", kind: page, language: en }
`,
      'SOURCES.yaml',
    );
    assert.ok(r.ok, JSON.stringify(!r.ok && r.issues));
    assert.deepEqual(r.value.allowHosts, ['127.0.0.1', '10.8.0.0/16']);
    assert.equal(r.value.settings.minDelayMs, 50);
    assert.deepEqual(r.value.sources.map((s) => [s.id, s.kind, s.everySec]), [
      ['valdor-post', 'feed', 900], ['herald-map', 'sitemap', 3600], ['statement', 'page', 900],
    ]);
    assert.deepEqual(r.value.sources[0]!.tags, ['wire']);
  });

  it('refuses bad files with E138 saying where', () => {
    const bad = (text: string) => {
      const r = parseSourcesFile(text, 'S.yaml');
      assert.ok(!r.ok);
      return r.issues.map((i) => i.message).join(' | ');
    };
    assert.match(bad('sources: []'), /sources/);
    assert.match(bad('sources: [{ id: a, url: "not a url" }]'), /sources\.0\.url/);
    assert.match(bad('sources: [{ id: a, url: "http://x.test/" }, { id: a, url: "http://y.test/" }]'), /appears twice/);
    assert.match(bad('allow_hosts: [intranet]\nsources: [{ id: a, url: "http://x.test/" }]'), /allow_hosts: intranet/);
    assert.match(bad('sources: [{ id: a, url: "ftp://x.test/f" }]'), /http and https/);
    assert.match(bad('sources: [{ id: a, url: "http://x.test/", every: "soon" }]'), /every/);
    assert.match(bad('sourcez: 1'), /sourcez|sources/);
    assert.match(bad(': : :'), /not valid/);
  });
});
