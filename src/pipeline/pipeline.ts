import type { Article } from '../core/article.js';
import type { Component, Doc, Layer, PipelineContext } from '../core/doc.js';
import type { Result, Issue } from '../core/result.js';
import { ok, fail } from '../core/result.js';
import { issue } from '../core/errors.js';

/** A checked chain of components. */
export interface Pipeline {
  components: readonly Component[];
  ctx: PipelineContext;
  /**
   * Runs every component on one article; a failure is a value, never a thrown
   * error. With `budgetMs`, an article still being coded that long after it
   * started is dropped with E204 (checked between components, see below).
   */
  process(article: Article, budgetMs?: number): Result<Doc>;
}

/** Layers every fresh doc has before the first component runs. */
const INITIAL: Layer[] = ['text', 'dateline'];

/** Checks that each component's requirements are assigned by an earlier one. */
export function checkChain(components: readonly Component[]): Issue[] {
  const have = new Set<Layer>(INITIAL);
  const issues: Issue[] = [];
  for (const c of components) {
    for (const layer of c.requires) {
      if (!have.has(layer)) issues.push(issue('E201', { component: c.name, layer }));
    }
    for (const layer of c.assigns) have.add(layer);
  }
  return issues;
}

/** A doc with no layers but the article itself. */
export function newDoc(article: Article): Doc {
  return {
    article,
    sentences: [],
    tokens: [],
    trees: { head: [], deprel: [], upos: [], parsed: [] },
    mentions: [],
    events: [],
    quotes: [],
    claims: [],
    layers: new Set(INITIAL),
    warnings: [],
  };
}

/** Builds a pipeline after checking the chain before the first article is read. */
export function createPipeline(components: readonly Component[], ctx: PipelineContext): Result<Pipeline> {
  const problems = checkChain(components);
  if (problems.length) return fail(...problems);
  return ok({
    components,
    ctx,
    process(article: Article, budgetMs = Infinity): Result<Doc> {
      const doc = newDoc(article);
      const t0 = performance.now();
      for (const c of components) {
        try {
          c.run(doc, ctx);
        } catch (e) {
          // A bug in one component must not stop a batch: report it against the article.
          const detail = `${c.name}: ${e instanceof Error ? e.message : String(e)}`;
          return fail(issue('E202', { article: article.origin, detail }));
        }
        for (const layer of c.assigns) doc.layers.add(layer);
        // Nothing can interrupt a component on its own thread: the component over
        // the budget runs to its end, then the article is dropped and the batch goes on.
        if (performance.now() - t0 > budgetMs) return fail(issue('E204', { article: article.origin, max: budgetMs }, article.origin));
      }
      return ok(doc);
    },
  });
}
