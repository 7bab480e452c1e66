import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { main } from '../main.js';
import type { Io } from '../context.js';
import type { TestServer } from '../../ingest/follow/testserver.case.js';
import { page, rss, send, startServer, storyText } from '../../ingest/follow/testserver.case.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const dir = mkdtempSync(path.join(tmpdir(), 'dyadwatch-follow-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (s) => void stdout.push(s), err: (s) => void stderr.push(s), isTTY: false };
}

const item = (base: string, i: number) => ({
  guid: `item-${i}`, title: `Batch ${i}`, link: `${base}/news/${i}.html`,
  date: new Date(Date.UTC(2025, 2, 1 + i, 8)).toISOString(), summary: `Batch ${i} reached Norland.`,
});

function sourcesYaml(file: string, base: string, every: string): void {
  writeFileSync(file, `allow_hosts: [127.0.0.1]
fetch: { min_delay_ms: 0, timeout_ms: 5000 }
sources:
  - { id: valdor-post, url: "${base}/feed.xml", every: ${every}, outlet: Valdor Post, tags: [test] }
`);
}

/** Polls `check` until it holds; the limit only stops a hung test, it is not what is tested. */
async function until(check: () => boolean, what: string, limitMs = 180_000): Promise<void> {
  const end = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('dyadwatch follow', () => {
  let srv: TestServer;
  before(async () => {
    srv = await startServer({ '/robots.txt': send('text/plain', 'User-agent: *\nAllow: /\n') });
    for (let i = 1; i <= 12; i++) srv.routes.set(`/news/${i}.html`, send('text/html', page(`Batch ${i}`, storyText(i))));
  });
  after(() => srv.close());

  it('follow --once ingests a feed, then sees it unchanged; sources lists the health', async () => {
    srv.routes.set('/feed.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"f1"') return void (res.writeHead(304), res.end());
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"f1"' });
      res.end(rss('Valdor Post', [2, 1].map((i) => item(srv.base, i))));
    });
    const db = path.join(dir, 'once.db');
    const yaml = path.join(dir, 'once.yaml');
    sourcesYaml(yaml, srv.base, '15m');
    const io = capture();
    assert.equal(await main(['follow', '--once', '--db', db, yaml], io, {}), 0, io.stderr.join('\n'));
    assert.match(io.stdout.join('\n'), /valdor-post: 2 listed, 2 new articles, 0 already stored/);
    const again = capture();
    assert.equal(await main(['follow', '--once', '--db', db, yaml], again, {}), 0);
    assert.match(again.stdout.join('\n'), /valdor-post: not modified/);
    const list = capture();
    assert.equal(await main(['sources', '--db', db], list, {}), 0);
    assert.match(list.stdout.join('\n'), /valdor-post\s+feed\s+ok\s+\S+ \S*\s+2\s+2/);
    const json = capture();
    assert.equal(await main(['sources', '--db', db, '--json'], json, {}), 0);
    const [s] = JSON.parse(json.stdout.join('')) as { id: string; health: string; itemsToday: number; lastError: string | null }[];
    assert.deepEqual([s?.id, s?.health, s?.itemsToday, s?.lastError], ['valdor-post', 'ok', 2, null]);
  });

  it('refuses a bad SOURCES.yaml (E138) and a loopback feed not named in allow_hosts (E135)', async () => {
    const bad = path.join(dir, 'bad.yaml');
    writeFileSync(bad, 'sources: [{ id: x }]\n');
    const io = capture();
    assert.equal(await main(['follow', '--once', '--db', path.join(dir, 'bad.db'), bad], io, {}), 1);
    assert.match(io.stderr.join('\n'), /E138/);
    const strict = path.join(dir, 'strict.yaml');
    writeFileSync(strict, `sources: [{ id: local, url: "${srv.base}/feed.xml" }]\n`);
    const run = capture();
    assert.equal(await main(['follow', '--once', '--db', path.join(dir, 'strict.db'), strict], run, {}), 0);
    assert.match(run.stdout.join('\n'), /local: failed: E135/);
  });

  it('a long-running follow over a growing feed ingests each item exactly once across kill -9 and restart', async () => {
    // The feed grows by one item each time it is read, up to 12.
    let shown = 3;
    srv.routes.set('/feed.xml', (_req, res) => {
      const items = Array.from({ length: shown }, (_, k) => item(srv.base, shown - k));
      shown = Math.min(12, shown + 1);
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rss('Valdor Post', items));
    });
    const db = path.join(dir, 'long.db');
    const yaml = path.join(dir, 'long.yaml');
    sourcesYaml(yaml, srv.base, '1s');
    const start = (): { child: ChildProcess; out: string[] } => {
      const out: string[] = [];
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'follow', '--db', db, yaml], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout!.on('data', (b: Buffer) => out.push(b.toString()));
      child.stderr!.on('data', (b: Buffer) => out.push(b.toString()));
      return { child, out };
    };
    const count = (sql: string): number => {
      try {
        const conn = new Database(db, { readonly: true, fileMustExist: true });
        try {
          return (conn.prepare(sql).pluck().get() as number) ?? 0;
        } finally {
          conn.close();
        }
      } catch {
        return 0; // not created yet, or tables not migrated yet
      }
    };
    const articles = () => count('SELECT count(*) FROM articles');
    const exited = (c: ChildProcess) => new Promise<number | null>((r) => (c.exitCode !== null || c.signalCode !== null ? r(c.exitCode) : c.once('exit', (code) => r(code))));

    const first = start();
    await until(() => articles() >= 4, 'the first run to store four articles');
    first.child.kill('SIGKILL');
    await exited(first.child);
    const atKill = articles();
    assert.ok(atKill >= 4 && atKill < 12, `${atKill}`);

    const second = start();
    await until(() => count('SELECT count(*) FROM source_items') >= 12, 'the restart to take every item');
    second.child.kill('SIGTERM');
    assert.equal(await exited(second.child), 0, second.out.join(''));
    assert.match(second.out.join(''), /dyadwatch follow: stopped/);

    assert.equal(articles(), 12, 'each item once');
    assert.equal(count('SELECT count(DISTINCT url) FROM articles'), 12);
    assert.equal(count("SELECT count(*) FROM articles WHERE outlet = 'Valdor Post' AND title LIKE 'Batch %'"), 12);
    assert.equal(count('SELECT count(DISTINCT article_id) FROM source_items'), 12);
  });
});
