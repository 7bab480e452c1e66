import { useEffect, useRef, useState } from 'preact/hooks';
import { WEAPON_CLASSES } from '../../src/core/event.js';
import { CODE_PRESETS } from './labels.js';
import { formatRoute, parseRoute } from './route.js';
import type { Filters, Route } from './route.js';
import { NetworkView } from './network.js';
import { DyadView } from './dyad.js';
import { EvidenceDrawer } from './evidence.js';
import { ArticleView, SearchView } from './pages.js';
import { SourcesView } from './sources.js';

/** The dashboard: the view comes from the URL hash, so every state has a shareable link. */
export function App() {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const live = useLive();
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const go = (patch: Partial<Route>) => {
    location.hash = formatRoute({ ...route, ...patch });
  };
  const v = route.view;

  return (
    <div class={`shell${route.ev ? ' with-drawer' : ''}`}>
      <Header route={route} go={go} live={live} />
      {v.name !== 'article' && v.name !== 'search' && v.name !== 'sources' && <FilterBar filters={route.filters} onChange={(filters) => go({ filters })} />}
      <main id="main">
        {v.name === 'network' && <NetworkView route={route} go={go} version={live.version} />}
        {v.name === 'dyad' && <DyadView a={v.a} b={v.b} route={route} go={go} version={live.version} />}
        {v.name === 'article' && <ArticleView id={v.id} route={route} go={go} />}
        {v.name === 'search' && <SearchView route={route} />}
        {v.name === 'sources' && <SourcesView version={live.version} />}
      </main>
      {route.ev && <EvidenceDrawer id={route.ev} route={route} onClose={() => go({ ev: '' })} />}
    </div>
  );
}

function Header({ route, go, live }: { route: Route; go: (p: Partial<Route>) => void; live: Live }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <header class="top">
      <a class="brand" href="#/network">dyadwatch</a>
      <form
        role="search"
        class="search-box"
        onSubmit={(e) => {
          e.preventDefault();
          const q = input.current?.value.trim() ?? '';
          if (q) go({ view: { name: 'search' }, q, ev: '' });
        }}
      >
        <label class="sr-only" for="q">Search sentences</label>
        <input ref={input} id="q" type="search" placeholder="Search sentences (e.g. Shahed drones)" defaultValue={route.q} maxLength={200} />
        <button type="submit">Search</button>
      </form>
      <span class={`live ${live.connected ? 'on' : 'off'}`} title="New events arrive over /api/stream" aria-live="polite">
        {live.connected ? '● live' : '○ offline'}
        {live.fresh > 0 && ` · ${live.fresh} new`}
      </span>
      <a class="sources-link" href="#/sources" aria-current={route.view.name === 'sources' ? 'page' : undefined}>Sources</a>
      <a class="api-link" href="openapi.json">API</a>
    </header>
  );
}

function FilterBar({ filters, onChange }: { filters: Filters; onChange: (f: Filters) => void }) {
  const set = <K extends keyof Filters>(k: K, v: Filters[K]) => onChange({ ...filters, [k]: v });
  return (
    <form class="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <label>From <input type="date" value={filters.since} onChange={(e) => set('since', e.currentTarget.value)} /></label>
      <label>To <input type="date" value={filters.until} onChange={(e) => set('until', e.currentTarget.value)} /></label>
      <label>
        Code{' '}
        <select value={filters.code} onChange={(e) => set('code', e.currentTarget.value)}>
          {CODE_PRESETS.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          {filters.code && !CODE_PRESETS.some(([v]) => v === filters.code) && <option value={filters.code}>{filters.code}</option>}
        </select>
      </label>
      <label>
        Weapon{' '}
        <select value={filters.weapon} onChange={(e) => set('weapon', e.currentTarget.value)}>
          <option value="">Any</option>
          {WEAPON_CLASSES.map((w) => <option key={w} value={w}>{w.replace(/_/g, ' ')}</option>)}
        </select>
      </label>
      <fieldset>
        <legend class="sr-only">Stance</legend>
        <label><input type="checkbox" checked={filters.hedged} onChange={(e) => set('hedged', e.currentTarget.checked)} /> include hedged</label>
        <label><input type="checkbox" checked={filters.denied} onChange={(e) => set('denied', e.currentTarget.checked)} /> include denials</label>
      </fieldset>
    </form>
  );
}

interface Live {
  connected: boolean;
  /** Events received since the page was opened. */
  fresh: number;
  /** Bumped (at most every 2 s) when events arrive, so views refetch. */
  version: number;
}

/** Listens to /api/stream; views refetch when `version` changes. */
function useLive(): Live {
  const [state, setState] = useState<Live>({ connected: false, fresh: 0, version: 0 });
  useEffect(() => {
    const es = new EventSource('api/stream');
    let pending = 0;
    let timer: number | undefined;
    es.addEventListener('open', () => setState((s) => ({ ...s, connected: true })));
    es.addEventListener('error', () => setState((s) => ({ ...s, connected: false })));
    es.addEventListener('coded', () => {
      pending++;
      // Batch a burst of events (an ingest run) into one refetch.
      timer ??= window.setTimeout(() => {
        const n = pending;
        pending = 0;
        timer = undefined;
        setState((s) => ({ ...s, fresh: s.fresh + n, version: s.version + 1 }));
      }, 2000);
    });
    return () => {
      es.close();
      if (timer) clearTimeout(timer);
    };
  }, []);
  return state;
}
