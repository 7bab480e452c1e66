/**
 * `npm run bench`: end-to-end throughput (read → normalize → NLP → actors →
 * parse → coding → claims → SQLite) on the news corpus, next to wink-nlp's raw
 * tokenizer on the same texts in the same run, plus peak RSS; then a stage
 * profile, the share of sentences the parser sees, and the gate check (the
 * same events when every sentence is parsed).
 * Usage: npm run bench [-- CORPUS.jsonl.gz [--limit N]]
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { makeConfig } from '../config.js';
import { loadWinkTokenizer } from '../nlp/index.js';
import { buildDefaultPipeline } from '../pipeline/default.js';
import { availableParallelism } from 'node:os';
import { INGEST_BATCH, ingestMany, ingestPaths } from '../pipeline/ingest.js';
import { workerProcessor } from '../pipeline/workers.js';
import { openStore } from '../store/open.js';
import { toArticle } from '../ingest/article.js';
import { formatProfile, profileStages } from './stages.js';
import { gateVariants } from '../pipeline/gate.js';

async function readTexts(file: string, limit: number): Promise<{ text: string; published: string | null }[]> {
  const input = file.endsWith('.gz') ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
  const out: { text: string; published: string | null }[] = [];
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { text?: string; date?: string; published?: string };
    if (typeof o.text === 'string') out.push({ text: o.text, published: o.published ?? o.date ?? null });
    if (out.length >= limit) break;
  }
  return out;
}

function rate(n: number, ms: number): string {
  return Math.round((n * 1000) / ms).toLocaleString('en-US');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const li = args.indexOf('--limit');
  const limit = li >= 0 ? Number(args[li + 1]) : Infinity;
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit') ?? path.resolve('..', 'shared', 'corpus', 'news-20k.jsonl.gz');
  if (!existsSync(file)) {
    console.error(`bench: corpus not found at ${file}; pass a .jsonl(.gz) path`);
    process.exitCode = 1;
    return;
  }
  const texts = await readTexts(file, limit);
  const chars = texts.reduce((n, t) => n + t.text.length, 0);

  const raw = loadWinkTokenizer();
  // Both sides get the same warm-up, so neither figure carries JIT start-up.
  const warm = texts.slice(0, Math.min(200, texts.length));
  for (const t of warm) raw.readDoc(t.text);
  let tokens = 0;
  let t0 = performance.now();
  for (const t of texts) tokens += raw.readDoc(t.text).tokens().length();
  const rawMs = performance.now() - t0;

  const config = makeConfig({});
  if (!config.ok) throw new Error('default config is invalid');
  const dir = mkdtempSync(path.join(tmpdir(), 'dyadwatch-bench-'));
  const store = await openStore({ ...config.value.store, path: path.join(dir, 'bench.db') });
  const pipeline = buildDefaultPipeline(config.value);
  if (!store.ok || !pipeline.ok) throw new Error('bench: could not open the store or build the pipeline');
  for (const t of warm) {
    const a = toArticle({ text: t.text, published: t.published, origin: 'warm' });
    if (a.ok) pipeline.value.process(a.value);
  }
  let events = 0;
  let skipped = 0;
  t0 = performance.now();
  // The same batching as `dyadwatch ingest` on files: one commit per INGEST_BATCH articles.
  for (let i = 0; i < texts.length; i += INGEST_BATCH) {
    const raws = texts.slice(i, i + INGEST_BATCH).map((t, k) => ({ text: t.text, published: t.published, origin: `bench:${i + k}` }));
    for (const r of await ingestMany(pipeline.value, store.value, raws)) {
      if (r.ok) events += r.value.events;
      else skipped++;
    }
  }
  const e2eMs = performance.now() - t0;
  await store.value.close();
  const rss = process.resourceUsage().maxRSS / 1024;
  const raws = texts.map((t, k) => ({ text: t.text, published: t.published, origin: `bench:${k}` }));
  const profile = profileStages(pipeline.value, raws, gateVariants(pipeline.value).all);

  // What `dyadwatch ingest FILE` does: read and gunzip too, coding on one
  // worker thread per core while this thread saves. With --limit, on a file of
  // the same articles (read as JSON Lines, not gunzipped), so both sides code the same texts.
  const threads = availableParallelism();
  let parMs: number | null = null;
  let parEvents = 0;
  {
    const input = Number.isFinite(limit) ? path.join(dir, 'limited.jsonl') : file;
    if (input !== file) writeFileSync(input, texts.map((t) => JSON.stringify(t)).join('\n') + '\n');
    const par = await openStore({ ...config.value.store, path: path.join(dir, 'parallel.db') });
    if (!par.ok) throw new Error('bench: could not open the second store');
    const proc = workerProcessor(config.value, threads);
    t0 = performance.now();
    parEvents = (await ingestPaths(proc, par.value, [input])).events;
    parMs = performance.now() - t0;
    await proc.close();
    await par.value.close();
  }
  rmSync(dir, { recursive: true, force: true });

  console.log(`corpus            ${file}`);
  console.log(`articles          ${texts.length.toLocaleString('en-US')} (${chars.toLocaleString('en-US')} chars, ${tokens.toLocaleString('en-US')} tokens)`);
  console.log(`raw wink tokenizer ${rate(tokens, rawMs)} tokens/s`);
  console.log(`end-to-end        ${rate(tokens, e2eMs)} tokens/s, ${rate(texts.length, e2eMs)} articles/s (${events} events, ${skipped} skipped)`);
  console.log(`ratio             ${((rawMs / e2eMs) * 100).toFixed(1)}% of the raw tokenizer's speed`);
  console.log(`peak RSS          ${rss.toFixed(0)} MiB (this thread, single-threaded run)`);
  for (const line of formatProfile(profile)) console.log(line);
  if (parMs !== null) {
    console.log(`ingest, ${threads} threads  ${rate(tokens, parMs)} tokens/s, ${rate(texts.length, parMs)} articles/s, reading included (${((rawMs / parMs) * 100).toFixed(1)}% of the raw tokenizer; ${parEvents} events)`);
  }
}

void main();
