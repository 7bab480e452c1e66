import type { Span } from './span.js';

/** What a dateline at the head of a wire story tells us. */
export interface Dateline {
  /** The whole dateline, e.g. "WANA (August 14)" or "BEIJING, June 2. /TASS/.". */
  span: Span;
  /** Offset where the story itself starts (after the dateline and any dash). */
  bodyStart: number;
  outlet: string | null;
  place: string | null;
  /** ISO date (YYYY-MM-DD) when the dateline gives day and month and a year is known; else null. */
  date: string | null;
  /** Month and day as written even when no year could be found (e.g. "08-14"). */
  monthDay: string | null;
}

/** An article as it enters the pipeline, before any annotation. */
export interface RawArticle {
  text: string;
  externalId?: string | null;
  url?: string | null;
  title?: string | null;
  /** ISO date (YYYY-MM-DD) of publication when known. */
  published?: string | null;
  outlet?: string | null;
  /** Where it came from: a path, "path:line", or "stdin". */
  origin: string;
}

/** An ingested article: identity is the hash of its normalized text. */
export interface Article {
  /** Content hash (hex) of the normalized text; ingesting the same text twice yields the same id. */
  id: string;
  externalId: string | null;
  url: string | null;
  title: string | null;
  published: string | null;
  /** Outlet from metadata, else from the dateline. */
  outlet: string | null;
  /** Normalized text (NFC, \n line ends); every Span of every layer points into it. */
  text: string;
  dateline: Dateline | null;
  origin: string;
}
