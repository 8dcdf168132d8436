/** A React hook over `cachedJson`: the data for a path, whether it is loading, and what went wrong. */
import { useCallback, useEffect, useState } from 'react';
import { cachedJson, forget } from '../api/client';

export interface ApiState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  /** The path the data belongs to (a view may keep showing the last answer while the next loads). */
  path: string | null;
  reload: () => void;
}

/**
 * `keep`: while the next path loads, go on showing the last answer (a map redrawn for a new date);
 * by default an answer is only shown for the path it belongs to.
 */
export function useApi<T>(path: string | null, opts: { keep?: boolean } = {}): ApiState<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; path: string | null; loading: boolean }>({
    path: null,
    loading: !!path,
  });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (!path) {
      setState({ path: null, loading: false });
      return;
    }
    let live = true;
    setState((s) => ({ ...s, loading: true, error: undefined }));
    cachedJson<T>(path).then(
      (data) => live && setState({ data, path, loading: false }),
      (error: Error) => live && setState({ error, path, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [path, tick]);
  const reload = useCallback(() => {
    if (path) forget(path);
    setTick((t) => t + 1);
  }, [path]);
  const current = opts.keep || state.path === path;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: state.loading || !current,
    path: state.path,
    reload,
  };
}
