import { useEffect, useState } from 'preact/hooks';

export interface Loaded<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/**
 * Runs an API call when `key` changes, aborting the previous one, so a fast
 * series of filter changes never shows a stale answer.
 */
export function useApi<T>(load: (signal: AbortSignal) => Promise<T>, key: string): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: true });
  useEffect(() => {
    const ac = new AbortController();
    setState((s) => ({ data: s.data, error: null, loading: true }));
    load(ac.signal).then(
      (data) => !ac.signal.aborted && setState({ data, error: null, loading: false }),
      (e: unknown) => {
        if (ac.signal.aborted) return;
        const message = e instanceof Error ? e.message : String(e);
        setState({ data: null, error: message, loading: false });
      },
    );
    return () => ac.abort();
  }, [key]);
  return state;
}
