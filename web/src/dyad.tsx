import { useEffect, useMemo, useState } from 'preact/hooks';
import { api } from './api.js';
import type { CodedEvent, SeriesView } from './api.js';
import { useApi } from './hooks.js';
import { codeLabel, PALETTE, QUAD_COLORS, QUAD_LABELS } from './labels.js';
import { filterQuery } from './route.js';
import type { Route } from './route.js';
import { StackedBars } from './chart.js';
import type { Layer } from './chart.js';
import { ClaimsLedger, TransfersTable } from './ledger.js';

interface Props {
  a: string;
  b: string;
  route: Route;
  go: (patch: Partial<Route>) => void;
  version: number;
}

/** One dyad: its timeline, its events (paged), its transfers and its claims. */
export function DyadView({ a, b, route, go, version }: Props) {
  const q = filterQuery(route.filters);
  const dyad = `${a}-${b}`;
  const key = `${dyad}|${JSON.stringify(q)}|${version}`;
  const [mode, setMode] = useState<'quad' | 'plover'>('quad');
  const series = useApi((s) => api.dyadSeries(a, b, { ...q, bucket: route.bucket }, s), `${key}|${route.bucket}`);
  const { code: _c, ...noCode } = q;
  const transfers = useApi((s) => api.transfers({ ...noCode, dyad }, s), `t|${key}`);
  const claims = useApi((s) => api.claims({ dyad, since: q.since, until: q.until }, s), `c|${key}`);
  const layers = useMemo(() => (series.data ? layersOf(series.data, mode) : []), [series.data, mode]);

  return (
    <section class="dyad" aria-labelledby="dyad-title">
      <header class="dyad-head">
        <h1 id="dyad-title" data-testid="dyad-title">{a} ↔ {b}</h1>
        {series.data && <DyadSummaryLine s={series.data} />}
        <a class="back" href="#/network" onClick={(e) => { e.preventDefault(); go({ view: { name: 'network' }, ev: '' }); }}>← network</a>
      </header>
      <div class="panel">
        <div class="panel-head">
          <h2>Timeline</h2>
          <div class="toggles" role="group" aria-label="Chart options">
            <button type="button" aria-pressed={mode === 'quad'} onClick={() => setMode('quad')}>QuadClass</button>
            <button type="button" aria-pressed={mode === 'plover'} onClick={() => setMode('plover')}>PLOVER</button>
            <button type="button" aria-pressed={route.bucket === 'week'} onClick={() => go({ bucket: 'week' })}>Weekly</button>
            <button type="button" aria-pressed={route.bucket === 'month'} onClick={() => go({ bucket: 'month' })}>Monthly</button>
          </div>
        </div>
        {series.error && <p class="error" role="alert">{series.error}</p>}
        {series.data && series.data.buckets.length === 0 && <p class="empty">No dated events for this dyad under these filters.</p>}
        {series.data && series.data.buckets.length > 0 && (
          <StackedBars buckets={series.data.buckets} layers={layers} height={180} label={`Events between ${a} and ${b} per ${route.bucket}`} />
        )}
      </div>
      <EventList dyad={dyad} query={q} route={route} go={go} version={version} />
      <div class="panel">
        <h2>Arms transfers</h2>
        <TransfersTable data={transfers.data} error={transfers.error} route={route} go={go} />
      </div>
      <div class="panel">
        <h2>Claims ledger</h2>
        <ClaimsLedger data={claims.data?.items ?? null} error={claims.error} route={route} go={go} />
      </div>
    </section>
  );
}

/** Volume and cooperation share of the dyad under the current filters. */
function DyadSummaryLine({ s }: { s: SeriesView }) {
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const q = s.quadClass;
  const coop = sum(q.q1) + sum(q.q2);
  const total = coop + sum(q.q3) + sum(q.q4);
  if (total === 0) return null;
  return (
    <span class="muted" data-testid="dyad-summary">
      {total} dated events · {Math.round((100 * coop) / total)}% cooperation
    </span>
  );
}

function layersOf(s: SeriesView, mode: 'quad' | 'plover'): Layer[] {
  if (mode === 'quad') {
    return (['q1', 'q2', 'q3', 'q4'] as const).map((k, i) => ({ label: QUAD_LABELS[i]!, color: QUAD_COLORS[i]!, values: s.quadClass[k] }));
  }
  return Object.entries(s.plover)
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([type, values], i) => ({ label: type, color: PALETTE[i % PALETTE.length]!, values }));
}

const PAGE = 50;

/** Events of the dyad, newest pages loaded on demand with the API cursor. */
function EventList({ dyad, query, route, go, version }: { dyad: string; query: Record<string, string | undefined>; route: Route; go: Props['go']; version: number }) {
  const [items, setItems] = useState<CodedEvent[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const key = `${dyad}|${JSON.stringify(query)}|${version}`;

  const load = async (from: string | null, reset: boolean, signal?: AbortSignal) => {
    setBusy(true);
    try {
      const page = await api.events({ ...query, dyad, limit: String(PAGE), cursor: from ?? undefined }, signal);
      setItems((old) => (reset ? page.items : [...old, ...page.items]));
      setCursor(page.nextCursor);
      setError(null);
    } catch (e) {
      if (!signal?.aborted) setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    const ac = new AbortController();
    void load(null, true, ac.signal);
    return () => ac.abort();
  }, [key]);

  return (
    <div class="panel">
      <h2>Events</h2>
      {error && <p class="error" role="alert">{error}</p>}
      {!busy && items.length === 0 && !error && <p class="empty">No events for this dyad under these filters.</p>}
      {items.length > 0 && (
        <table class="events" data-testid="events">
          <thead><tr><th>Date</th><th>Code</th><th>Who → whom</th><th>What</th><th>Stance</th></tr></thead>
          <tbody>
            {items.map((e) => (
              <tr key={e.id} class={route.ev === e.id ? 'selected' : ''}>
                <td>{e.date ?? '—'}</td>
                <td><code>{e.code}</code> {e.plover ?? ''}</td>
                <td>{e.source ?? '?'} → {e.target ?? '?'}</td>
                <td>
                  <button type="button" class="link" data-testid={`event-${e.id}`} onClick={() => go({ ev: e.id })}>
                    {codeLabel(e.code) || e.code}{e.system ? `: ${e.system}` : e.weapon ? `: ${e.weapon}` : ''}
                  </button>
                </td>
                <td>
                  <span class={`badge modality-${e.modality}`}>{e.modality === 'negated' ? 'denied' : e.modality}</span>
                  {e.hedged && <span class="badge hedged">hedged</span>}
                  {e.claimant && <span class="muted"> per {e.claimant}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {cursor && (
        <button type="button" disabled={busy} onClick={() => void load(cursor, false)}>
          {busy ? 'Loading…' : `Load ${PAGE} more`}
        </button>
      )}
    </div>
  );
}
