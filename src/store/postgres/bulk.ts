import type { Article } from '../../core/article.js';
import type { Doc } from '../../core/doc.js';
import {
  ARTICLE_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS, SENTENCE_COLUMNS,
  articleValues, eventValues, mentionValues, sentenceValues,
} from '../rows.js';

/**
 * The whole article write as ONE prepared statement: the article insert
 * (ON CONFLICT DO NOTHING) feeds data-modifying CTEs that insert sentences,
 * search rows, mentions and events from parallel arrays (unnest). When the
 * article already exists, `art` is empty and nothing else is written.
 * One parse per connection and one round trip per article, whatever its size;
 * foreign keys are checked at the end of the statement, so siblings may refer
 * to each other.
 */

type PgType = 'text' | 'int4' | 'float8' | 'bool' | 'jsonb';

const SENTENCE_TYPES: PgType[] = ['text', 'int4', 'int4', 'int4', 'int4', 'int4', 'int4'];
const MENTION_TYPES: PgType[] = ['text', 'int4', 'int4', 'int4', 'int4', 'int4', 'int4', 'text', 'jsonb', 'text'];
const SEARCH_COLUMNS = ['article_id', 'idx', 'text'] as const;
const SEARCH_TYPES: PgType[] = ['text', 'int4', 'text'];

/** pg type of the events columns that are not text; span offsets (*_start, *_end) are int4 too. */
const EVENT_TYPE: Partial<Record<(typeof EVENT_COLUMNS)[number], PgType>> = {
  sentence: 'int4', goldstein: 'float8', quad_class: 'int4', quantity_min: 'float8', quantity_max: 'float8',
  hedged: 'bool', history: 'bool', cue_spans: 'jsonb', chain: 'jsonb', rules: 'jsonb',
};
const EVENT_TYPES: PgType[] = EVENT_COLUMNS.map((c) => EVENT_TYPE[c] ?? (/_(start|end)$/.test(c) ? 'int4' : 'text'));

interface ChildTable {
  table: string;
  cols: readonly string[];
  types: PgType[];
}

const CHILDREN: ChildTable[] = [
  { table: 'sentences', cols: SENTENCE_COLUMNS, types: SENTENCE_TYPES },
  { table: 'sentence_search', cols: SEARCH_COLUMNS, types: SEARCH_TYPES },
  { table: 'mentions', cols: MENTION_COLUMNS, types: MENTION_TYPES },
  { table: 'events', cols: EVENT_COLUMNS, types: EVENT_TYPES },
];

/** SQL of the one-statement article write; every child's article_id column is taken from `art`. */
function buildSql(): string {
  let n = ARTICLE_COLUMNS.length;
  const ctes = [
    `art AS (INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')})
      VALUES (${ARTICLE_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')}) ON CONFLICT (id) DO NOTHING RETURNING id)`,
  ];
  CHILDREN.forEach((t, k) => {
    const rest = t.cols.filter((c) => c !== 'article_id');
    const arrays = t.cols.flatMap((c, i) => (c === 'article_id' ? [] : [`$${++n}::${t.types[i]}[]`]));
    const select = t.cols.map((c) => (c === 'article_id' ? 'art.id' : `u.${c}`));
    ctes.push(`c${k} AS (INSERT INTO ${t.table} (${t.cols.join(', ')})
      SELECT ${select.join(', ')} FROM art, unnest(${arrays.join(', ')}) AS u(${rest.join(', ')}))`);
  });
  return `WITH ${ctes.join(',\n')}\nSELECT count(*) AS inserted FROM art`;
}

/** The statement text, built once when the module loads (immutable). */
export const SAVE_DOC_SQL = buildSql();

/** Transposes rows into one array per column, leaving out article_id (it comes from `art`). */
function columns(rows: unknown[][], cols: readonly string[]): unknown[][] {
  const keep = cols.flatMap((c, i) => (c === 'article_id' ? [] : [i]));
  return keep.map((i) => rows.map((r) => r[i]));
}

/** Bind values of SAVE_DOC_SQL for a doc; `json` encodes JSON columns. */
export function saveDocValues(doc: Doc, json: (v: unknown) => string): unknown[] {
  const a: Article = doc.article;
  const rowsByTable: unknown[][][] = [
    doc.sentences.map((s) => sentenceValues(a.id, s)),
    doc.sentences.map((s) => [a.id, s.index, a.text.slice(s.start, s.end)]),
    doc.mentions.map((m, i) => mentionValues(a.id, i, m, json)),
    doc.events.map((e) => eventValues(e, a, (b) => b, json)),
  ];
  const values = [...articleValues(a, json)];
  rowsByTable.forEach((rows, k) => values.push(...columns(rows, CHILDREN[k]!.cols)));
  return values;
}
