/** The corridor network at a date from /api/network, split into segments (by id) and places. */
import { useMemo } from 'react';
import { networkGeoContract } from '../../../../src/contracts/reads/index';
import { urlFor } from '../../api/call';
import type { NetworkGeo, PlaceFeature, SegmentFeature } from '../../api/types';
import { useApi } from '../../ui/useApi';

export function useNetworkGeo(at: string) {
  const state = useApi<NetworkGeo>(urlFor(networkGeoContract, { at }), { keep: true });
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
