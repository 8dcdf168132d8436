/** The corridor network at a date from /api/network, split into segments (by id) and places. */
import { useMemo } from 'react';
import { query } from '../../api/client';
import type { NetworkGeo, PlaceFeature, SegmentFeature } from '../../api/types';
import { useApi } from '../../ui/useApi';

export function useNetworkGeo(at: string) {
  const state = useApi<NetworkGeo>(`/api/network${query({ at })}`, { keep: true });
  const split = useMemo(() => {
    const segments: SegmentFeature[] = [];
    const places: PlaceFeature[] = [];
    for (const f of state.data?.features ?? []) {
      if (f.geometry?.type === 'LineString') segments.push(f as SegmentFeature);
      else if (f.geometry?.type === 'Point') places.push(f as PlaceFeature);
    }
    return { segments, places, byId: new Map(segments.map((s) => [s.properties.id, s])) };
  }, [state.data]);
  return { ...state, ...split };
}
