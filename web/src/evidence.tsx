import { useEffect, useRef } from 'preact/hooks';
import { api } from './api.js';
import type { CodedEvent, EvidenceView } from './api.js';
import { useApi } from './hooks.js';
import { runs } from './highlight.js';
import type { Mark } from './highlight.js';
import { codeLabel, QUAD_LABELS } from './labels.js';
import { formatRoute } from './route.js';
import type { Route } from './route.js';

interface Props {
  id: string;
  route: Route;
  onClose: () => void;
}

/** Why an event was coded: the sentence with its parts highlighted, who said it, and which rules fired. */
export function EvidenceDrawer({ id, route, onClose }: Props) {
  const ev = useApi((s) => api.evidence(id, s), id);
  const closeBtn = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeBtn.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [id]);

  return (
    <aside class="drawer" role="dialog" aria-modal="false" aria-labelledby="drawer-title" data-testid="evidence">
      <header>
        <h2 id="drawer-title">Evidence</h2>
        <button ref={closeBtn} type="button" class="close" onClick={onClose} aria-label="Close evidence">×</button>
      </header>
      {ev.loading && !ev.data && <p class="muted">Loading…</p>}
      {ev.error && <p class="error" role="alert">{ev.error}</p>}
      {ev.data && <EvidenceBody data={ev.data} route={route} />}
    </aside>
  );
}

function EvidenceBody({ data, route }: { data: EvidenceView; route: Route }) {
  const e = data.event;
  const a = data.article;
  return (
    <div class="evidence-body">
      <p class="event-head">
        <strong>{e.source ?? '?'}</strong> → <strong>{e.target ?? '?'}</strong> · <code>{e.code}</code> {codeLabel(e.code)}
        {e.plover && <span class="badge">{e.plover}</span>}
        <span class={`badge q${e.quadClass}`}>{QUAD_LABELS[e.quadClass - 1]}</span>
      </p>
      <blockquote class="sentence" data-testid="evidence-sentence">
        <Highlighted text={data.sentence.text} marks={data.highlights} />
      </blockquote>
      <p class="key" aria-hidden="true">
        <mark class="hl-source">source</mark> <mark class="hl-target">target</mark> <mark class="hl-trigger">trigger</mark>{' '}
        <mark class="hl-weapon">weapon</mark> <mark class="hl-cue">hedge/modality cue</mark>
      </p>
      <Badges e={e} />
      <Chain e={e} />
      {data.story && data.story.copies.length > 1 && <Outlets data={data} route={route} />}
      <dl class="facts">
        {(e.weapon || e.system) && <><dt>Arms</dt><dd>{[e.quantity, e.system, e.weapon && `(${e.weapon})`, e.stage && `— ${e.stage}`].filter(Boolean).join(' ')}</dd></>}
        <dt>Date</dt><dd>{e.date ?? 'unknown'} <span class="muted">({e.datePrecision}{e.dateSource ? `, from ${e.dateSource}` : ''})</span></dd>
        <dt>Actors</dt><dd>{e.sourceActor ?? e.source ?? '—'} → {e.targetActor ?? e.target ?? '—'}</dd>
        <dt>Rules</dt><dd class="rules">{e.rules.map((r) => <code key={r}>{r}</code>)}</dd>
        <dt>Dictionary</dt><dd><code>{e.dictVersion}</code></dd>
        <dt>Article</dt>
        <dd>
          <a href={formatRoute({ ...route, view: { name: 'article', id: a.id }, ev: e.id })} data-testid="article-link">
            {a.title ?? a.id}
          </a>
          {a.outlet && <span class="muted"> · {a.outlet}</span>}
          {a.published && <span class="muted"> · {a.published}</span>}
          {a.url && /^https?:\/\//i.test(a.url) && (
            <> · <a href={a.url} rel="noopener noreferrer nofollow" target="_blank">source ↗</a></>
          )}
        </dd>
      </dl>
    </div>
  );
}

/** Text split into runs; every run is a text node (never parsed as HTML). */
export function Highlighted({ text, marks, onMark }: { text: string; marks: Mark[]; onMark?: (m: Mark) => void }) {
  return (
    <>
      {runs(text, marks).map((r) =>
        r.marks.length === 0 ? (
          r.text
        ) : (
          <mark
            key={r.start}
            class={r.marks.map((m) => `hl-${m.kind}`).join(' ')}
            data-kind={r.marks.map((m) => m.kind).join(' ')}
            title={r.marks.map((m) => m.kind).join(', ')}
            onClick={onMark ? () => onMark(r.marks[r.marks.length - 1]!) : undefined}
          >
            {r.text}
          </mark>
        ),
      )}
    </>
  );
}

function Badges({ e }: { e: CodedEvent }) {
  return (
    <p class="badges" data-testid="badges">
      <span class={`badge modality-${e.modality}`}>{e.modality === 'negated' ? 'denied' : e.modality}</span>
      {e.hedged && <span class="badge hedged">hedged</span>}
      {e.claimant && <span class="badge">claimed by {e.claimant}</span>}
      {e.reportedBy && <span class="badge">reported by {e.reportedBy}</span>}
    </p>
  );
}

/** "Reported by N outlets": every copy of the event in its story, each with its own attribution chain. */
function Outlets({ data, route }: { data: EvidenceView; route: Route }) {
  const story = data.story!;
  return (
    <section class="outlets" aria-label="Outlets that reported this event" data-testid="story-outlets">
      <h3>Reported by {story.outlets.length} {story.outlets.length === 1 ? 'outlet' : 'outlets'} <span class="muted">(one story, counted once)</span></h3>
      <ul>
        {story.copies.map((c) => (
          <li key={c.eventId}>
            <a href={formatRoute({ ...route, view: { name: 'article', id: c.articleId }, ev: c.eventId })}>{c.outlet ?? 'unnamed outlet'}</a>
            {c.title && <span class="muted"> · {c.title}</span>}
            {c.chain.length > 0 && <span class="muted"> · {c.chain.map((l) => l.name).join(' ← ')}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Chain({ e }: { e: CodedEvent }) {
  if (e.chain.length === 0) return <p class="muted">Attribution: the outlet's own voice (no one is quoted).</p>;
  return (
    <ol class="chain" aria-label="Attribution chain, outlet first">
      {e.chain.map((l, i) => (
        <li key={i}>
          <span class="muted">{l.kind}</span> {l.name}
          {l.role && <span class="muted">, {l.role}</span>}
          {l.actor && <code>{l.actor}</code>}
        </li>
      ))}
    </ol>
  );
}
