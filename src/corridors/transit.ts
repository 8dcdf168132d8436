/**
 * Transit position: how much of a route runs through each state, and whether that state is a
 * transit state on it (neither the origin's nor the destination's). A state on many best routes as
 * a transit state holds leverage over them: it can tax, slow or close the passage.
 */
import type { Route } from './route.js';

export interface TransitShare {
  country: string;
  km: number;
  share: number;
  transit: boolean;
}

export function transitShares(route: Route | null, ends: readonly string[]): TransitShare[] {
  if (!route) return [];
  const total = route.distance_km || 1;
  return Object.entries(route.km_by_country).map(([country, km]) => ({
    country,
    km,
    share: Math.round((km / total) * 1000) / 1000,
    transit: !ends.includes(country),
  }));
}

export interface TransitChange {
  country: string;
  km_with: number;
  km_without: number;
  share_with: number;
  share_without: number;
  transit_with: boolean;
  transit_without: boolean;
}

export function compareTransit(withShares: TransitShare[], withoutShares: TransitShare[]): TransitChange[] {
  const countries = [...new Set([...withShares, ...withoutShares].map((s) => s.country))].sort();
  return countries.map((country) => {
    const w = withShares.find((s) => s.country === country);
    const wo = withoutShares.find((s) => s.country === country);
    return {
      country,
      km_with: w?.km ?? 0,
      km_without: wo?.km ?? 0,
      share_with: w?.share ?? 0,
      share_without: wo?.share ?? 0,
      transit_with: w?.transit ?? false,
      transit_without: wo?.transit ?? false,
    };
  });
}
