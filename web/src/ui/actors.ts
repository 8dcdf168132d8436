/** Actor names for labels, loaded once from /api/actors. */
import { useMemo } from 'react';
import type { Actor } from '../api/types';
import { useApi } from './useApi';

export function useActors(): { actors: Actor[]; name: (id: string) => string; error: Error | undefined } {
  const { data, error } = useApi<Actor[]>('/api/actors');
  return useMemo(() => {
    const byId = new Map((data ?? []).map((a) => [a.id, a]));
    return { actors: data ?? [], name: (id: string) => byId.get(id)?.name ?? id, error };
  }, [data, error]);
}
