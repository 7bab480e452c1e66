/**
 * Test helper: codes one batch of articles in several orders and on several
 * thread counts and returns each run's events as a set of lines, so a test
 * can assert that coding is a pure function of the article (nothing leaks
 * from one article into the next, nor depends on the thread it ran on).
 */
import type { Article } from '../core/article.js';
import type { Config } from '../config.js';
import { toArticle } from '../ingest/article.js';
import { seededRandom, shuffled } from '../core/random.js';
import { readInputs } from '../ingest/read.js';
import { buildDefaultPipeline } from './default.js';
import type { Processor } from './workers.js';
import { inlineProcessor, workerProcessor } from './workers.js';

/** Up to `limit` articles read from `paths` (skips are left out). */
export async function readArticles(paths: string[], limit = Infinity): Promise<Article[]> {
  const out: Article[] = [];
  for await (const item of readInputs(paths)) {
    if (item.kind !== 'article') continue;
    const a = toArticle(item.raw);
    if (a.ok) out.push(a.value);
    if (out.length >= limit) break;
  }
  return out;
}


/**
 * What a doc's coding consists of, one line per layer item, sorted: events,
 * sentences, mentions and, when the doc still has them (worker threads drop
 * them), the tokens as one line per article. Tokens and sentences show a
 * leak long before it changes an event, so a small batch can catch it.
 */
async function codedLines(proc: Processor, articles: Article[], batch: number): Promise<string[]> {
  const lines: string[] = [];
  for (let i = 0; i < articles.length; i += batch) {
    for (const r of await proc.process(articles.slice(i, i + batch))) {
      if (!r.ok) {
        lines.push(`failed ${JSON.stringify(r.issues)}`);
        continue;
      }
      const { article, events, sentences, mentions, tokens } = r.value;
      for (const e of events) lines.push(`${article.id} event ${JSON.stringify(e)}`);
      for (const s of sentences) lines.push(`${article.id} sentence ${JSON.stringify(s)}`);
      for (const m of mentions) lines.push(`${article.id} mention ${JSON.stringify(m)}`);
      if (tokens.length) lines.push(`${article.id} ${TOKENS} ${JSON.stringify(tokens)}`);
    }
  }
  return lines.sort();
}

const TOKENS = 'tokens';

/** The lines of `a` and `b` that both runs can show: token lines only when both kept tokens. */
export function comparable(a: string[], b: string[]): [string[], string[]] {
  const hasTokens = (l: string[]) => l.some((x) => x.includes(` ${TOKENS} `));
  if (hasTokens(a) === hasTokens(b)) return [a, b];
  const strip = (l: string[]) => l.filter((x) => !x.includes(` ${TOKENS} `));
  return [strip(a), strip(b)];
}

/** Asserts, through `equal`, that every run coded what the first did. */
export function assertSameEverywhere(runs: Map<string, string[]>, equal: (a: string[], b: string[], msg: string) => void): void {
  const [[firstName, first], ...rest] = [...runs];
  for (const [name, lines] of rest) {
    const [a, b] = comparable(lines, first!);
    equal(a, b, `${name} differs from ${firstName}`);
  }
}

/** How many events a run's lines hold. */
export function eventCount(lines: string[]): number {
  return lines.filter((l) => l.includes(' event ')).length;
}

/** One way of coding the batch: an order of the articles and a number of threads (0: inline). */
export interface Run {
  name: string;
  order: (articles: Article[]) => Article[];
  threads: number;
}

/** Forward inline, reversed inline, shuffled on two threads. */
export const RUNS: readonly Run[] = [
  { name: 'inline, in order', order: (a) => a, threads: 0 },
  { name: 'inline, reversed', order: (a) => [...a].reverse(), threads: 0 },
  { name: 'two threads, shuffled', order: (a) => shuffled(a, seededRandom(7)), threads: 2 },
];

/** RUNS and one more: reversed on three threads. */
export const MORE_RUNS: readonly Run[] = [...RUNS, { name: 'three threads, reversed', order: (a) => [...a].reverse(), threads: 3 }];

/** The event lines of each run, by run name; each run gets its own freshly built pipeline or threads. */
export async function codeEveryWay(config: Config, articles: Article[], runs: readonly Run[] = RUNS, batch = 16): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  for (const run of runs) {
    let proc: Processor;
    if (run.threads === 0) {
      const p = buildDefaultPipeline(config);
      if (!p.ok) throw new Error(p.issues.map((i) => i.message).join('\n'));
      proc = inlineProcessor(p.value);
    } else proc = workerProcessor(config, run.threads);
    try {
      out.set(run.name, await codedLines(proc, run.order(articles), batch));
    } finally {
      await proc.close();
    }
  }
  return out;
}
