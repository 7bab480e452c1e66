import { useState } from 'preact/hooks';
import { api } from './api.js';
import type { SourceRow } from './api.js';
import { useApi } from './hooks.js';

const when = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '—');

/** Followed sources and their health (GET /api/sources); a row opens its latest fetches. */
export function SourcesView({ version }: { version: number }) {
  const res = useApi((s) => api.sources(s), `sources|${version}`);
  const [open, setOpen] = useState('');
  if (res.error) return <p class="error" role="alert">{res.error}</p>;
  if (!res.data) return <p class="muted">Loading…</p>;
  const rows = res.data.items;
  const unhealthy = rows.filter((r) => r.health === 'unhealthy').length;
  return (
    <section class="sources" aria-labelledby="sources-title" data-testid="sources">
      <h1 id="sources-title">Sources</h1>
      <p class="muted">
        {rows.length} followed {rows.length === 1 ? 'source' : 'sources'}
        {unhealthy > 0 && <>, <strong class="health-unhealthy">{unhealthy} unhealthy</strong></>} ·{' '}
        {rows.reduce((n, r) => n + r.itemsToday, 0)} new items today. Add sources with <code>dyadwatch follow SOURCES.yaml</code> or{' '}
        <code>POST /api/sources</code>.
      </p>
      {rows.length === 0 ? (
        <p class="empty">No sources yet.</p>
      ) : (
        <table class="source-table">
          <thead>
            <tr>
              <th scope="col">Source</th><th scope="col">Kind</th><th scope="col">Health</th><th scope="col">Last success</th>
              <th scope="col">Items today</th><th scope="col">Total</th><th scope="col">Next poll</th><th scope="col">Last error</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => <SourceLine key={r.id} r={r} open={open === r.id} toggle={() => setOpen(open === r.id ? '' : r.id)} />)}
          </tbody>
        </table>
      )}
    </section>
  );
}

function SourceLine({ r, open, toggle }: { r: SourceRow; open: boolean; toggle: () => void }) {
  return (
    <>
      <tr class={`health-row-${r.health}`}>
        <td>
          <button type="button" class="link" aria-expanded={open} onClick={toggle}>{r.id}</button>
          <div class="muted source-url">{r.outlet ? `${r.outlet} · ` : ''}{r.url}</div>
          {r.tags.length > 0 && <div>{r.tags.map((t) => <span key={t} class="badge">{t}</span>)}</div>}
        </td>
        <td>{r.kind}</td>
        <td><span class={`badge health-${r.health}`}>{r.health}</span>{r.failures > 0 && <span class="muted"> ×{r.failures}</span>}</td>
        <td>{when(r.lastSuccess)}</td>
        <td class="num">{r.itemsToday}</td>
        <td class="num">{r.itemsTotal}</td>
        <td>{when(r.nextFetch)}</td>
        <td class="source-error">{r.lastError ? <><span class="muted">{when(r.lastErrorAt)}</span> {r.lastError}</> : '—'}</td>
      </tr>
      {open && (
        <tr>
          <td colSpan={8}><FetchLog id={r.id} /></td>
        </tr>
      )}
    </>
  );
}

function FetchLog({ id }: { id: string }) {
  const res = useApi((s) => api.sourceLog(id, s), id);
  if (res.error) return <p class="error" role="alert">{res.error}</p>;
  if (!res.data) return <p class="muted">Loading…</p>;
  return (
    <table class="fetch-log" aria-label={`Latest fetches of ${id}`}>
      <tbody>
        {res.data.items.map((f, i) => (
          <tr key={i}>
            <td>{when(f.at)}</td><td>{f.status ?? '—'}</td><td>{f.outcome}</td><td class="num">{f.bytes} B</td><td class="num">{f.ms} ms</td>
            <td class="source-url">{f.url}</td><td class="source-error">{f.error ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
