import type { ClaimView, TransferRow } from './api.js';
import type { Route } from './route.js';

type Go = (patch: Partial<Route>) => void;

/** Transfers of the dyad grouped by direction and system; an honest empty state when there are none. */
export function TransfersTable({ data, error, go }: { data: { items: TransferRow[]; truncated: boolean } | null; error: string | null; route: Route; go: Go }) {
  if (error) return <p class="error" role="alert">{error}</p>;
  if (!data) return <p class="muted">Loading…</p>;
  if (data.items.length === 0) {
    return <p class="empty">No arms-transfer events (CAMEO 072, 0232, 0234, 0332, 0334) for this dyad under these filters.</p>;
  }
  return (
    <>
      <table class="transfers" data-testid="transfers">
        <thead>
          <tr><th>Supplier → recipient</th><th>System / weapon</th><th>Furthest stage</th><th>Quantity</th><th>Reports</th><th>Claimed by</th><th>Denied by</th><th>Reported</th></tr>
        </thead>
        <tbody>
          {data.items.map((t) => (
            <tr key={`${t.supplier}-${t.recipient}-${t.system ?? t.weapon}`}>
              <td>{t.supplier ?? '?'} → {t.recipient ?? '?'}</td>
              <td>{t.system ?? '—'} {t.weapon && <span class="muted">({t.weapon})</span>}</td>
              <td>{t.stage ?? '—'}{t.stageDate && <span class="muted"> ({t.stageDate})</span>}</td>
              <td>{quantity(t)}</td>
              <td>{t.events}</td>
              <td>{t.claimants.join(', ') || <span class="muted">outlet</span>}</td>
              <td>{t.deniers.join(', ') || '—'}</td>
              <td>
                {t.firstReported ?? '—'}{t.lastReported && t.lastReported !== t.firstReported ? ` – ${t.lastReported}` : ''}{' '}
                {t.eventIds[0] && <button type="button" class="link" onClick={() => go({ ev: t.eventIds[0]! })}>evidence</button>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.truncated && <p class="muted">Only the first 10,000 events per transfer code were grouped; narrow the dates to see all.</p>}
    </>
  );
}

function quantity(t: TransferRow): string {
  if (t.quantityMax === null && t.quantityMin === null) return '—';
  if (t.quantityMin !== null && t.quantityMax !== null && t.quantityMin !== t.quantityMax) return `${t.quantityMin}–${t.quantityMax}`;
  return String(t.quantityMax ?? t.quantityMin);
}

/** Claims with their assertions and denials in date order: who said what, and who denied it. */
export function ClaimsLedger({ data, error, go }: { data: ClaimView[] | null; error: string | null; route: Route; go: Go }) {
  if (error) return <p class="error" role="alert">{error}</p>;
  if (!data) return <p class="muted">Loading…</p>;
  if (data.length === 0) return <p class="empty">No claims recorded for this dyad: no event here was asserted or denied by a named party.</p>;
  return (
    <ul class="claims" data-testid="claims">
      {data.map((c) => (
        <li key={c.id}>
          <p>
            <strong>{c.source ?? '?'} → {c.target ?? '?'}</strong> <code>{c.root}</code>
            {c.weapon && <span> · {c.weapon}</span>}{' '}
            <span class="badge">{c.asserting.length} asserting</span> <span class="badge modality-negated">{c.denying.length} denying</span>
          </p>
          <ol class="history">
            {c.history.map((h) => (
              <li key={h.eventId} class={h.stance}>
                <span class="muted">{h.date ?? 'undated'}</span>{' '}
                <strong>{h.claimant ?? h.reportedBy ?? 'the outlet'}</strong> {h.stance === 'denies' ? 'denies' : 'asserts'}
                {h.hedged && <span class="badge hedged">hedged</span>}
                {h.reportedBy && h.claimant && <span class="muted"> (via {h.reportedBy})</span>}{' '}
                <button type="button" class="link" onClick={() => go({ ev: h.eventId })}>evidence</button>
              </li>
            ))}
          </ol>
        </li>
      ))}
    </ul>
  );
}
