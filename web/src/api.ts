import type { CodedEvent, Claim } from '../../src/core/event.js';
import type { Article } from '../../src/core/article.js';
import type { TransferRow } from '../../src/watch/transfers.js';
import type { DyadEdge, SeriesView } from '../../src/server/routes/dyads.js';
import type { FetchLogEntry, SourceHealth } from '../../src/store/follow-types.js';
import type { StoryReport } from '../../src/stories/report.js';

/** Client for the dyadwatch HTTP API (same origin). Types mirror src/server. */

export type { CodedEvent, Article, TransferRow, DyadEdge, SeriesView };
export interface Highlight {
  kind: 'source' | 'target' | 'trigger' | 'weapon' | 'quantity' | 'cue';
  start: number;
  end: number;
}
export interface EvidenceView {
  event: CodedEvent;
  article: Omit<Article, 'text'>;
  sentence: { text: string; start: number; end: number; index: number };
  highlights: Highlight[];
  /** Every outlet that ran the event (copies of one story), each copy with its chain. */
  story?: StoryReport;
}
export type SourceRow = SourceHealth & { health: 'new' | 'ok' | 'failing' | 'unhealthy' };
export type { StoryReport, FetchLogEntry };
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
export interface ClaimEntry {
  eventId: string;
  stance: 'asserts' | 'denies';
  date: string | null;
  claimant: string | null;
  reportedBy: string | null;
  modality: string;
  hedged: boolean;
  articleId: string;
}
export interface ClaimView extends Claim {
  history: ClaimEntry[];
}
export interface SearchHit {
  articleId: string;
  sentence: number;
  text: string;
}

/** An API error with its E8xx code, shown to the user as is. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/** GETs a JSON path; query values that are empty are left out. */
export async function getJson<T>(path: string, query: Record<string, string | undefined> = {}, signal?: AbortSignal): Promise<T> {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== '') qs.set(k, v);
  const url = qs.size ? `${path}?${qs}` : path;
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) throw new ApiError(body?.error?.code ?? `HTTP${res.status}`, body?.error?.message ?? res.statusText, res.status);
  return body as T;
}

export const api = {
  dyads: (q: Record<string, string | undefined>, s?: AbortSignal) => getJson<{ items: DyadEdge[]; totalDyads: number }>('api/dyads', q, s),
  series: (q: Record<string, string | undefined>, s?: AbortSignal) => getJson<SeriesView>('api/series', q, s),
  dyadSeries: (a: string, b: string, q: Record<string, string | undefined>, s?: AbortSignal) =>
    getJson<SeriesView & { a: string; b: string }>(`api/dyads/${enc(a)}/${enc(b)}/series`, q, s),
  events: (q: Record<string, string | undefined>, s?: AbortSignal) => getJson<Page<CodedEvent>>('api/events', q, s),
  evidence: (id: string, s?: AbortSignal) => getJson<EvidenceView>(`api/events/${enc(id)}`, {}, s),
  claims: (q: Record<string, string | undefined>, s?: AbortSignal) => getJson<{ items: ClaimView[] }>('api/claims', q, s),
  transfers: (q: Record<string, string | undefined>, s?: AbortSignal) =>
    getJson<{ items: TransferRow[]; truncated: boolean }>('api/transfers', q, s),
  article: (id: string, s?: AbortSignal) =>
    getJson<{ article: Article; events: CodedEvent[]; moreEvents: boolean }>(`api/articles/${enc(id)}`, {}, s),
  search: (q: string, s?: AbortSignal) => getJson<{ items: SearchHit[] }>('api/search', { q, limit: '100' }, s),
  sources: (s?: AbortSignal) => getJson<{ items: SourceRow[] }>('api/sources', {}, s),
  sourceLog: (id: string, s?: AbortSignal) => getJson<{ items: FetchLogEntry[] }>(`api/sources/${enc(id)}/log`, {}, s),
  stats: (s?: AbortSignal) => getJson<{ articles: number; events: number; claims: number }>('api/stats', {}, s),
};

function enc(s: string): string {
  return encodeURIComponent(s);
}
