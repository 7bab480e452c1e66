import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../core/article.js';
import type { Claim, CodedEvent } from '../core/event.js';
import type { Store } from '../store/store.js';
import { buildLedger } from './ledger.js';
import { formatClaims, runClaimsCommand, summarizeClaims } from './format.js';
import { historyArticles, twoArticles } from './claims.case.js';

const sentences = (events: CodedEvent[]) => new Map(events.map((e) => [e.id, `Sentence of ${e.id}.`]));

describe('claims listing: what an analyst reads', () => {
  it('names the claim, its status, who asserts and who denies, with the speakers', () => {
    const events = twoArticles();
    const out = formatClaims(buildLedger(events).claims, events, sentences(events));
    assert.match(out, /^== BLR–RUS: 1 claim, 1 disputed ==/);
    assert.match(out, /BLR → RUS {2}arms and military aid: drone {2}\[claim [0-9a-f]{16}\]/);
    assert.match(out, /status {5}disputed: asserted by EST, RUS, denied by BLR; acknowledged by RUS/);
    assert.match(out, /asserted {3}EST \(Estonian officials\); RUS \(Russian general\)/);
    assert.match(out, /denied {5}BLR \(Belarus\)/);
    assert.match(out, /outlets {4}2 independent \(ERR, TASS\) in 2 articles/);
  });

  it('shows a sentence once even when it carries the 016 and the negated content', () => {
    const events = twoArticles();
    const out = formatClaims(buildLedger(events).claims, events, sentences(events));
    const denial = out.split('\n').filter((l) => /denies/.test(l));
    assert.equal(denial.length, 1);
    assert.match(denial[0]!, /denies {3}BLR {2}\[016→EST 072\] {2}ERR ← Belarus/);
  });

  it('reads as a history: allegation, denial, then the later confirmation, in report order', () => {
    const { events, reported } = historyArticles();
    const out = formatClaims(buildLedger(events).claims, events, sentences(events), reported);
    const heads = out.split('\n').filter((l) => /^ {4}\d{4}-/.test(l)).map((l) => l.trim().split(/\s+/).slice(0, 3).join(' '));
    assert.deepEqual(heads, ['2023-03-02 asserts POL', '2023-03-04 denies BLR', '2023-06-01 asserts RUS', '2023-06-02 asserts RUS']);
    // The confirmation speaks of an earlier time: its own date is shown beside the report date.
    assert.match(out, /2023-06-01 {2}asserts {2}RUS {2}\[072, dated 2022\] {2}DPA ← Reuters ← Russian/);
    assert.match(out, /reported {3}2023-03-02 to 2023-06-02/);
  });

  it('counts independent outlets: two papers carrying one wire report are one outlet', () => {
    const { events, reported } = historyArticles();
    const [s] = summarizeClaims(buildLedger(events).claims, events, undefined, reported);
    assert.deepEqual(s!.outlets, ['AFP', 'BelTA', 'Reuters']);
    assert.equal(s!.articles, 4);
    assert.equal(s!.status, 'disputed');
    assert.deepEqual(s!.acknowledgedBy, ['RUS']);
  });

  it('calls a claim in no party\'s voice the outlet\'s own', () => {
    const events = twoArticles().map((e) => ({ ...e, claimant: null, chain: e.chain.slice(0, 1) }));
    const asserted = events.filter((e) => e.modality !== 'negated' && e.code !== '016');
    const out = formatClaims(buildLedger(asserted).claims, asserted);
    assert.match(out, /status {5}asserted by the outlet itself, denied by no one in the store/);
  });

  it('says so when there is nothing to show', () => {
    assert.equal(formatClaims([], []), 'No claims.');
  });
});

describe('claims command', () => {
  function fakeStore(events: CodedEvent[], reported: Map<string, string>, saved: Claim[][]): Store {
    return {
      async events() { return { items: events, nextCursor: null }; },
      async articles() {
        return { items: [...reported].map(([id, published]) => ({ id, published, dateline: null }) as unknown as Omit<Article, 'text'>), nextCursor: null };
      },
      async saveClaims(c: Claim[]) { saved.push(c); },
      async evidence(id: string) { return { sentence: { text: `Sentence of ${id}.` } }; },
    } as unknown as Store;
  }

  it('recomputes the ledger over the store, saves it, filters by dyad either way round', async () => {
    const { events, reported } = historyArticles();
    const saved: Claim[][] = [];
    const store = fakeStore(events, reported, saved);
    const json = JSON.parse(await runClaimsCommand(store, { dyad: ['rus', 'blr'], format: 'json' }));
    assert.equal(saved[0]!.length, 1);
    assert.equal(json.length, 1);
    assert.deepEqual(json[0].deniedBy, ['BLR']);
    assert.deepEqual([json[0].firstReported, json[0].lastReported], ['2023-03-02', '2023-06-02']);
    assert.equal(json[0].evidence[0].sentence, 'Sentence of h1-ev0.');
    assert.equal(await runClaimsCommand(store, { dyad: ['USA', 'IRN'], format: 'table' }), 'No claims.');
  });

  it('prints the evidence sentences, wrapped under their header', async () => {
    const { events, reported } = historyArticles();
    const out = await runClaimsCommand(fakeStore(events, reported, []), { format: 'table' });
    assert.match(out, /\n {6}Sentence of h1-ev0\.\n/);
  });
});
