/** Actor names for labels, loaded once from /api/actors. */
import { useMemo } from 'react';
import { actorsContract } from '../../../src/contracts/reads/index';
import { urlFor } from '../api/call';
import type { Actor } from '../api/types';
import { useApi } from './useApi';

export function useActors(): { actors: Actor[]; name: (id: string) => string; error: Error | undefined } {
  const { data, error } = useApi<Actor[]>(urlFor(actorsContract, {}));
  return useMemo(() => {
    const byId = new Map((data ?? []).map((a) => [a.id, a]));
    return { actors: data ?? [], name: (id: string) => byId.get(id)?.name ?? id, error };
  }, [data, error]);
}
