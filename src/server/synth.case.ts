import type { Doc } from '../core/doc.js';
import type { Store } from '../store/store.js';
import { docFrom, event, spanOf } from '../store/fixtures.case.js';
import { seededRandom } from '../core/random.js';

/**
 * Synthetic volume for load tests only (never shown as data): many short
 * articles with one event per sentence over a fixed set of states, codes
 * and dates. Deterministic: the same n always gives the same store.
 */

const STATES = ['USA', 'RUS', 'CHN', 'IRN', 'PRK', 'UKR', 'ISR', 'TUR', 'IND', 'PAK', 'SAU', 'ARE', 'EGY', 'FRA', 'DEU', 'GBR', 'JPN', 'KOR', 'BLR', 'SYR'];
const CODES: [string, 1 | 2 | 3 | 4, string][] = [
  ['072', 2, 'AID'], ['0232', 1, 'REQUEST'], ['062', 2, 'COOPERATE'], ['051', 1, 'SUPPORT'], ['057', 1, 'AGREE'],
  ['112', 3, 'ACCUSE'], ['138', 3, 'THREATEN'], ['190', 4, 'ASSAULT'], ['195', 4, 'ASSAULT'], ['042', 1, 'CONSULT'],
];
const WEAPONS = ['drone', 'missile', 'artillery_ammunition', 'air_defense', null, null] as const;
const PER_DOC = 25;


/** Doc number `k` of a synthetic corpus. */
export function synthDoc(k: number): Doc {
  const r = seededRandom(k + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(r() * 730) * 86400000).toISOString().slice(0, 10);
  const rows = Array.from({ length: PER_DOC }, (_, i) => {
    // Skewed pairs: a few dyads carry most events, as in real news.
    const a = STATES[Math.floor(r() * r() * STATES.length)]!;
    let b = pick(STATES);
    if (b === a) b = STATES[(STATES.indexOf(a) + 1) % STATES.length]!;
    return { a, b, code: pick(CODES), weapon: pick(WEAPONS), hedged: r() < 0.15, negated: r() < 0.05, i };
  });
  const d = docFrom({ id: `syn${k}`, published: day, paragraphs: [rows.map((x) => `${x.a} acted ${x.i} toward ${x.b} today.`)] });
  for (const x of rows) {
    const [code, quadClass, plover] = x.code;
    event(d, x.i, `acted ${x.i}`, {
      code, quadClass, plover: plover as never, source: x.a, target: x.b,
      sourceSpan: spanOf(d, x.i, x.a), targetSpan: spanOf(d, x.i, x.b), weapon: code === '072' ? x.weapon : null,
      hedged: x.hedged, modality: x.negated ? 'negated' : 'actual', date: day, datePrecision: 'day', dateSource: 'report',
    });
  }
  return d;
}

/** Saves about `events` synthetic events (rounded up to whole articles); returns the count saved. */
export async function fillSynthetic(store: Store, events: number, onProgress?: (done: number) => void): Promise<number> {
  const docs = Math.ceil(events / PER_DOC);
  // Batches share a commit (saveDocs): a million events fill in minutes, not tens of minutes.
  const BATCH = 100;
  for (let k = 0; k < docs; k += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, docs - k) }, (_, i) => synthDoc(k + i));
    const out = await store.saveDocs(batch);
    const refused = out.find((o) => !o.ok);
    if (refused && !refused.ok) throw new Error(refused.issue.message);
    if (onProgress && k % 1000 === 0) onProgress(k * PER_DOC);
  }
  return docs * PER_DOC;
}
