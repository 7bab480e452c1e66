/**
 * Multi-article fixtures for the ledger and the claims listing: hand-built
 * docs run through attribution, so the tests need no gazetteer or coder.
 */
import type { CodedEvent } from '../core/event.js';
import { attributeDoc } from './attribution.js';
import { makeDoc } from './testkit.case.js';

/** Two articles: one alleges and reports a denial, the other confirms. */
export function twoArticles(): CodedEvent[] {
  const a = makeDoc('Estonian officials said Belarus supplied drones to Russia. Belarus denied supplying drones to Russia.', [
    { text: 'Estonian', kind: 'demonym', state: 'EST' }, { text: 'Belarus', kind: 'state', state: 'BLR' },
    { text: 'Russia', kind: 'state', state: 'RUS' }, { text: 'Belarus', kind: 'state', state: 'BLR', nth: 1 },
    { text: 'Russia', kind: 'state', state: 'RUS', nth: 1 },
  ], [
    { code: '072', source: 'BLR', target: 'RUS', trigger: 'supplied', weapon: 'drone' },
    { code: '016', source: 'BLR', target: null, trigger: 'denied' },
    { code: '072', source: 'BLR', target: 'RUS', trigger: 'supplying', weapon: 'drone', modality: 'negated' },
  ], { id: 'artA', outlet: 'ERR', published: '2023-04-02' });
  const b = makeDoc('A Russian general confirmed that Belarus delivered drones to Russia.', [
    { text: 'Russian general', kind: 'official', state: 'RUS' }, { text: 'Belarus', kind: 'state', state: 'BLR' },
    { text: 'Russia', kind: 'state', state: 'RUS' },
  ], [{ code: '072', source: 'BLR', target: 'RUS', trigger: 'delivered' }], { id: 'artB', outlet: 'TASS', published: '2023-05-20' });
  b.events[0]!.id = 'evB0';
  for (const d of [a, b]) {
    attributeDoc(d);
    for (const e of d.events) e.date = d.article.published;
  }
  a.events.forEach((e) => (e.id = `A-${e.id}`));
  return [...a.events, ...b.events];
}


/**
 * A claim's history over four outlets: alleged (AFP), denied (BelTA), then
 * confirmed by Reuters, whose report DPA and the Kyiv Post both carry. The
 * confirmation is about an earlier time than the allegation, so report order
 * and event order differ. Returns the events and each article's report date.
 */
export function historyArticles(): { events: CodedEvent[]; reported: Map<string, string> } {
  const bl = (nth = 0) => [{ text: 'Belarus', kind: 'state' as const, state: 'BLR', nth }, { text: 'Russia', kind: 'state' as const, state: 'RUS', nth }];
  const docs = [
    makeDoc('Polish officials said Belarus sent drones to Russia.', [{ text: 'Polish', kind: 'demonym', state: 'POL' }, ...bl()],
      [{ code: '072', source: 'BLR', target: 'RUS', trigger: 'sent', weapon: 'drone' }], { id: 'h1', outlet: 'AFP', published: '2023-03-02' }),
    makeDoc('Belarus denied sending drones to Russia.', bl(),
      [{ code: '016', source: 'BLR', target: null, trigger: 'denied' },
        { code: '072', source: 'BLR', target: 'RUS', trigger: 'sending', weapon: 'drone', modality: 'negated' }],
      { id: 'h2', outlet: 'BelTA', published: '2023-03-04' }),
    ...['DPA', 'Kyiv Post'].map((outlet, i) => makeDoc('Russia received drones from Belarus last year, Reuters reported, citing a Russian officer.', [
      { text: 'Russia', kind: 'state', state: 'RUS' }, { text: 'Belarus', kind: 'state', state: 'BLR' },
      { text: 'Reuters', kind: 'outlet', state: '' }, { text: 'Russian', kind: 'demonym', state: 'RUS' },
    ], [{ code: '072', source: 'BLR', target: 'RUS', trigger: 'received', weapon: 'drone' }],
    { id: `h${3 + i}`, outlet, published: `2023-06-0${1 + i}` })),
  ];
  const reported = new Map<string, string>();
  for (const d of docs) {
    attributeDoc(d);
    reported.set(d.article.id, d.article.published!);
    for (const e of d.events) {
      e.id = `${d.article.id}-${e.id}`;
      [e.date, e.datePrecision] = d.article.id >= 'h3' ? ['2022-01-01', 'year'] : [d.article.published, 'day'];
    }
  }
  return { events: docs.flatMap((d) => d.events), reported };
}
