#!/usr/bin/env node
// How many stories near-copy detection formed in a SQLite store, and a random
// sample of multi-article stories to check by hand (titles, openings, similarity).
// Usage: node --import tsx scripts/stories-report.mjs --db FILE [--sample 20] [--seed 1] [--refile]
//   --refile  first forget every story of the store and file all articles again
//             with the current thresholds (timed), e.g. after changing them
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { containment, decodeSignature, jaccard } from '../src/stories/minhash.ts';
import { fileMissingStories } from '../src/stories/story.ts';
import { openStore } from '../src/store/open.ts';

const { values } = parseArgs({
  options: { db: { type: 'string' }, sample: { type: 'string' }, seed: { type: 'string' }, refile: { type: 'boolean' } },
});
if (!values.db) {
  console.error('stories-report: --db FILE is required');
  process.exit(2);
}
if (values.refile) {
  const w = new Database(values.db);
  w.exec('DELETE FROM story_bands; DELETE FROM story_signatures; UPDATE articles SET story_id = NULL; UPDATE events SET report_of = NULL;');
  w.close();
  const r = await openStore({ kind: 'sqlite', path: values.db, url: '', schema: '' });
  if (!r.ok) throw new Error(r.issues[0].message);
  const t0 = performance.now();
  const n = await fileMissingStories(r.value);
  const s = (performance.now() - t0) / 1000;
  console.log(`filed ${n} articles in ${s.toFixed(1)} s (${Math.round(n / s)} articles/s)`);
  await r.value.close();
}
const db = new Database(values.db, { readonly: true });
const one = (sql) => db.prepare(sql).get();
const totals = one(`SELECT count(*) AS articles, count(DISTINCT story_id) AS stories, sum(story_id IS NULL) AS unfiled FROM articles`);
const multi = one(`SELECT count(*) AS stories, sum(n) AS articles FROM (SELECT count(*) AS n FROM articles GROUP BY story_id HAVING n > 1)`);
const sizes = db.prepare(`SELECT n AS size, count(*) AS stories FROM (SELECT count(*) AS n FROM articles GROUP BY story_id HAVING n > 1) GROUP BY n ORDER BY n`).all();
const ev = one(`SELECT count(*) AS events, sum(report_of IS NOT NULL) AS copies FROM events`);
console.log(`${totals.articles} articles in ${totals.stories} stories (${totals.unfiled} not filed)`);
console.log(`${multi.stories} stories with more than one article, holding ${multi.articles} articles`);
console.log(`sizes: ${sizes.map((s) => `${s.size}×${s.stories}`).join(', ')}`);
console.log(`${ev.events} events, ${ev.copies} of them copies of an earlier report`);

// A small deterministic PRNG, so a sample can be drawn again.
let seed = Number(values.seed ?? 1);
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
const ids = db.prepare(`SELECT story_id FROM articles GROUP BY story_id HAVING count(*) > 1 ORDER BY story_id`).pluck().all();
const pick = [];
const want = Math.min(Number(values.sample ?? 20), ids.length);
while (pick.length < want) {
  const id = ids[Math.floor(rand() * ids.length)];
  if (!pick.includes(id)) pick.push(id);
}
const members = db.prepare(`SELECT a.id, a.title, a.published, a.outlet, substr(a.text, 1, 160) AS opening, length(a.text) AS chars, s.signature
  FROM articles a JOIN story_signatures s ON s.article_id = a.id WHERE a.story_id = ? ORDER BY a.seq`);
for (const [k, id] of pick.entries()) {
  const rows = members.all(id);
  const first = decodeSignature(rows[0].signature);
  console.log(`\n#${k + 1} story ${id.slice(0, 10)} (${rows.length} articles)`);
  for (const r of rows) {
    const sig = decodeSignature(r.signature);
    const sim = r.id === rows[0].id ? '' : ` c=${containment(first, sig).toFixed(2)} j=${jaccard(first, sig).toFixed(2)}`;
    console.log(`  ${r.published ?? '?'} ${r.chars}ch${sim} | ${(r.title ?? '').slice(0, 60)} | ${r.opening.replace(/\s+/g, ' ')}`);
  }
}
