import type { Article } from './article.js';
import type { Sentence, Token, Trees } from './nlp.js';
import type { Mention } from './actor.js';
import type { CodedEvent, Claim } from './event.js';
import type { Span } from './span.js';
import type { Issue } from './result.js';

/** Names of annotation layers; components declare which they require and assign. */
export type Layer =
  | 'text'
  | 'dateline'
  | 'sentences'
  | 'tokens'
  | 'pos'
  | 'trees'
  | 'mentions'
  | 'events'
  | 'arms'
  | 'attribution'
  | 'claims'
  | 'dates';

/** A stretch of quoted speech and, once resolved, who speaks it. */
export interface Quote extends Span {
  /** Index into Doc.mentions of the speaker, or null when unresolved. */
  speaker: number | null;
}

/**
 * One article and its stand-off layers (spaCy's Doc). Stages add layers and
 * never copy article text: every span points into `article.text`.
 */
export interface Doc {
  article: Article;
  sentences: Sentence[];
  tokens: Token[];
  /** Dependency trees of the candidate sentences (the `parse` component). */
  trees: Trees;
  mentions: Mention[];
  events: CodedEvent[];
  quotes: Quote[];
  claims: Claim[];
  /** Layers assigned so far. */
  layers: Set<Layer>;
  /** Non-fatal problems met while processing (coded). */
  warnings: Issue[];
}

/** Everything a component may read besides the doc; built once per run. */
export interface PipelineContext {
  /** Version string of the dictionaries in use; recorded on every event. */
  dictVersion: string;
}

/** A pipeline stage (spaCy's requires/assigns): checked as a chain before the first article. */
export interface Component {
  name: string;
  requires: Layer[];
  assigns: Layer[];
  run(doc: Doc, ctx: PipelineContext): void;
}
