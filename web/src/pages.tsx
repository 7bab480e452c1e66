import { useMemo } from 'preact/hooks';
import { api } from './api.js';
import { useApi } from './hooks.js';
import type { Mark } from './highlight.js';
import { Highlighted } from './evidence.js';
import { codeLabel } from './labels.js';
import { formatRoute } from './route.js';
import type { Route } from './route.js';

type Go = (patch: Partial<Route>) => void;

/** One article: metadata, the text (escaped, with event triggers marked), its events. */
export function ArticleView({ id, route, go }: { id: string; route: Route; go: Go }) {
  const res = useApi((s) => api.article(id, s), id);
  const marks = useMemo<Mark[]>(() => {
    const events = res.data?.events ?? [];
    const chosen = events.find((e) => e.id === route.ev);
    const out: Mark[] = events.map((e) => ({ kind: 'trigger', start: e.trigger.start, end: e.trigger.end, ref: e.id }));
    if (chosen?.sourceSpan) out.push({ kind: 'source', ...chosen.sourceSpan, ref: chosen.id });
    if (chosen?.targetSpan) out.push({ kind: 'target', ...chosen.targetSpan, ref: chosen.id });
    return out;
  }, [res.data, route.ev]);

  if (res.error) return <p class="error" role="alert">{res.error}</p>;
  if (!res.data) return <p class="muted">Loading…</p>;
  const { article, events } = res.data;
  return (
    <article class="article" aria-labelledby="article-title">
      <h1 id="article-title" data-testid="article-title">{article.title ?? '(untitled article)'}</h1>
      <p class="muted">
        {[article.outlet, article.published, article.origin.split(/[\\/]/).pop()].filter(Boolean).join(' · ')}
        {article.url && /^https?:\/\//i.test(article.url) && (
          <> · <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">original ↗</a></>
        )}
      </p>
      <div class="article-text" data-testid="article-text">
        <Highlighted text={article.text} marks={marks} onMark={(m) => m.ref && go({ ev: m.ref })} />
      </div>
      <h2>Events in this article ({events.length}{res.data.moreEvents ? '+' : ''})</h2>
      {events.length === 0 && <p class="empty">No events were coded in this article.</p>}
      <ul class="article-events">
        {events.map((e) => (
          <li key={e.id}>
            <button type="button" class="link" onClick={() => go({ ev: e.id })}>
              {e.source ?? '?'} → {e.target ?? '?'} <code>{e.code}</code> {codeLabel(e.code)}
            </button>{' '}
            {e.modality !== 'actual' && <span class={`badge modality-${e.modality}`}>{e.modality === 'negated' ? 'denied' : e.modality}</span>}
            {e.hedged && <span class="badge hedged">hedged</span>}
          </li>
        ))}
      </ul>
    </article>
  );
}

/** Full-text search results over sentences. */
export function SearchView({ route }: { route: Route }) {
  const q = route.q.trim();
  const res = useApi((s) => (q ? api.search(q, s) : Promise.resolve({ items: [] })), q);
  return (
    <section class="search" aria-labelledby="search-title">
      <h1 id="search-title">Search{q && <>: “{q}”</>}</h1>
      {!q && <p class="muted">Type words in the search box above; every word must appear in the sentence.</p>}
      {res.error && <p class="error" role="alert">{res.error}</p>}
      {q && res.data && res.data.items.length === 0 && <p class="empty">No sentence contains all of these words.</p>}
      <ol class="hits" data-testid="hits">
        {res.data?.items.map((h) => (
          <li key={`${h.articleId}:${h.sentence}`}>
            <a href={formatRoute({ ...route, view: { name: 'article', id: h.articleId }, ev: '' })}>{h.text}</a>
          </li>
        ))}
      </ol>
    </section>
  );
}
