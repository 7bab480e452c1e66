import type { RawArticle } from '../core/article.js';
import type { Pipeline } from '../pipeline/pipeline.js';
import { newDoc } from '../pipeline/pipeline.js';
import { toArticle } from '../ingest/article.js';

/** Where one thread's time goes, stage by stage, and how much of the text the parser sees. */
export interface StageProfile {
  articles: number;
  sentences: number;
  tokens: number;
  /** Sentences and tokens of the candidate sentences (the ones the `parse` stage parsed). */
  parsedSentences: number;
  parsedTokens: number;
  /** Milliseconds per component, in pipeline order. */
  ms: Array<[string, number]>;
  /** Events, and articles whose events differ in the `compare` pipeline (the gate check). */
  events: number;
  differing: number;
}

/**
 * Runs every component of `pipeline` on each article, timing each one
 * (components throwing count as done), and `compare` untimed beside it: an
 * article whose events differ between the two is counted.
 */
export function profileStages(pipeline: Pipeline, raws: readonly RawArticle[], compare: Pipeline): StageProfile {
  const ms = pipeline.components.map((c) => [c.name, 0] as [string, number]);
  const p: StageProfile = { articles: 0, sentences: 0, tokens: 0, parsedSentences: 0, parsedTokens: 0, ms, events: 0, differing: 0 };
  for (const raw of raws) {
    const a = toArticle(raw);
    if (!a.ok) continue;
    const doc = newDoc(a.value);
    pipeline.components.forEach((c, i) => {
      const t0 = performance.now();
      try {
        c.run(doc, pipeline.ctx);
      } catch {
        // The pipeline reports such articles as skipped; the profile only counts time.
      }
      ms[i]![1] += performance.now() - t0;
      for (const layer of c.assigns) doc.layers.add(layer);
    });
    p.articles++;
    p.events += doc.events.length;
    const other = compare.process(a.value);
    if (!other.ok || JSON.stringify(other.value.events) !== JSON.stringify(doc.events)) p.differing++;
    p.sentences += doc.sentences.length;
    p.tokens += doc.tokens.length;
    p.parsedSentences += doc.trees.parsed.length;
    for (const si of doc.trees.parsed) p.parsedTokens += doc.sentences[si]!.tokenEnd - doc.sentences[si]!.tokenStart;
  }
  return p;
}

/** The profile as lines for `npm run bench`. */
export function formatProfile(p: StageProfile): string[] {
  const total = p.ms.reduce((n, [, v]) => n + v, 0);
  const pct = (a: number, b: number) => `${((a / Math.max(1, b)) * 100).toFixed(1)}%`;
  return [
    `gate check        ${p.differing === 0 ? 'the same' : `DIFFERENT on ${p.differing} articles:`} events (${p.events}) with trees for the candidates only and for every sentence`,
    // Trees are built when the coder first asks for one (Trees.demand), inside the coding stage's time.
    `parsed            ${p.parsedSentences.toLocaleString('en-US')} of ${p.sentences.toLocaleString('en-US')} sentences (${pct(p.parsedSentences, p.sentences)}), ${pct(p.parsedTokens, p.tokens)} of tokens: the trees the coder asked for (timed in coding)`,
    'stage profile     (one thread, ms and share of the pipeline)',
    ...p.ms.map(([name, v]) => `  ${name.padEnd(12)} ${Math.round(v).toLocaleString('en-US').padStart(8)} ms ${pct(v, total).padStart(6)}`),
  ];
}
