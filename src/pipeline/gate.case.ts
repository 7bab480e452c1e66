/**
 * The parse gate's no-change proof, shared by gate.test.ts (own gold, demo)
 * and gate.shared-test.ts (../shared gold, a news-20k slice): the same
 * articles through the default pipeline (trees for candidate sentences
 * only) and a variant parsing every sentence give the same events. (A
 * pipeline with no parse stage codes from chunks alone, so it may differ:
 * the coder reads the trees of the sentences it visits, which are exactly
 * the candidates.)
 */
import type { RawArticle } from '../core/article.js';
import type { Doc } from '../core/doc.js';
import { toArticle } from '../ingest/article.js';
import type { DefaultPipeline } from './default.js';
import { gateVariants } from './gate.js';

/** What the three pipelines made of each article, and where they differ. */
export interface GateReport {
  articles: number;
  events: number;
  sentences: number;
  parsed: number;
  /** Article origins whose events differ between the gated pipeline and the one parsing everything. */
  eventDiffs: string[];
  /** Article origins where a gated tree differs from the same sentence's tree when everything is parsed. */
  treeDiffs: string[];
}

function sameTrees(gated: Doc, all: Doc): boolean {
  for (const si of gated.trees.parsed) {
    const s = gated.sentences[si]!;
    for (let i = s.tokenStart; i < s.tokenEnd; i++) {
      if (gated.trees.head[i] !== all.trees.head[i] || gated.trees.deprel[i] !== all.trees.deprel[i] || gated.trees.upos[i] !== all.trees.upos[i]) return false;
    }
  }
  return true;
}

/** Runs the gated and the parse-everything pipelines over the articles and compares events (in full) and trees. */
export function compareGate(p: DefaultPipeline, raws: readonly RawArticle[]): GateReport {
  const v = gateVariants(p);
  const r: GateReport = { articles: 0, events: 0, sentences: 0, parsed: 0, eventDiffs: [], treeDiffs: [] };
  for (const raw of raws) {
    const a = toArticle(raw);
    if (!a.ok) continue;
    const [g, all] = [p.process(a.value), v.all.process(a.value)];
    if (!g.ok || !all.ok) throw new Error(`an article failed: ${raw.origin}`);
    r.articles++;
    r.events += g.value.events.length;
    r.sentences += g.value.sentences.length;
    r.parsed += g.value.trees.parsed.length;
    const e = JSON.stringify(g.value.events);
    if (e !== JSON.stringify(all.value.events)) r.eventDiffs.push(raw.origin);
    if (!sameTrees(g.value, all.value)) r.treeDiffs.push(raw.origin);
  }
  return r;
}
