/**
 * Names as people say them, for every label of the app: actors (a short form for crowded places such
 * as graph labels), places, countries, PLOVER event types, modes and statuses. The code stays on hover
 * (the `title` of the label) and in exports. Actors and places come from /api/actors and /api/places,
 * each loaded once and cached.
 */
import { useMemo } from 'react';
import { actorsContract, placesContract, sourcesContract } from '../../../src/contracts/reads/index';
import type { ResultOf } from '../../../src/contracts/contract';
import { urlFor } from '../api/call';
import type { Actor, Source } from '../api/types';
import { useApi } from './useApi';

type Place = ResultOf<typeof placesContract>[number];

/** A slug or code with no record behind it, made readable: `dmitry-masyuk` → "Dmitry Masyuk". */
export function fromSlug(code: string): string {
  if (/^[A-Z]{2,4}$/.test(code)) return code;
  return code
    .split(/[-_\s]+/)
    .filter(Boolean)
    .map((w) => (/^\d/.test(w) ? w : w[0]!.toUpperCase() + w.slice(1).toLowerCase()))
    .join(' ');
}

/** The longest label a graph node or a crowded list gets before a known short form replaces it. */
export const SHORT_MAX = 22;

/** A short name: the name when short enough, else the shortest alias people use (CSTO, EAEU), else the name. */
export function shortOf(a: Pick<Actor, 'name' | 'aliases'>): string {
  if (a.name.length <= SHORT_MAX) return a.name;
  const alias = [...(a.aliases ?? [])]
    .filter((s) => s.length >= 3 && s !== a.name)
    .sort((x, y) => x.length - y.length)[0];
  return alias && alias.length < a.name.length ? alias : a.name;
}

/** PLOVER event types in words. */
export const EVENT_TYPE_NAMES: Record<string, string> = {
  AGREE: 'Agreement',
  CONSULT: 'Consultation',
  SUPPORT: 'Support',
  CONCEDE: 'Concession',
  COOPERATE: 'Cooperation',
  AID: 'Aid',
  RETREAT: 'Withdrawal',
  REQUEST: 'Request',
  ACCUSE: 'Accusation',
  REJECT: 'Rejection',
  THREATEN: 'Threat',
  PROTEST: 'Protest',
  SANCTION: 'Sanction',
  MOBILIZE: 'Mobilisation',
  COERCE: 'Coercion',
  ASSAULT: 'Armed attack',
};

export function eventTypeName(t: string | null | undefined): string {
  if (!t) return '';
  return EVENT_TYPE_NAMES[t] ?? fromSlug(t);
}

/** Modes and statuses of the corridor network in words ("gas-pipeline" → "gas pipeline"). */
export function wordsOf(code: string | null | undefined): string {
  return (code ?? '').replace(/[-_]+/g, ' ');
}

/** Countries of the corridor network that are not actors of the dataset. */
const COUNTRIES: Record<string, string> = {
  GRC: 'Greece',
  ALB: 'Albania',
  ITA: 'Italy',
  BGR: 'Bulgaria',
  ROU: 'Romania',
};

export interface Names {
  actors: Actor[];
  /** The full name of an actor (or a readable form of an unknown code). */
  actor: (id: string) => string;
  /** The short form for crowded places: graph labels, tie lists. */
  short: (id: string) => string;
  /** A place of the corridor network. */
  place: (id: string) => string;
  /** A country code of the corridor network (ARM, KAZ) as its name. */
  country: (code: string) => string;
  /** A source by a short form of its title and its date. */
  source: (id: string) => string;
  ready: boolean;
}

/** "Opinion – Peace and Power Realignment in the South Caucasus" (2025-08) → a title cut at a word, with the year. */
export function sourceLabel(s: Pick<Source, 'title' | 'published'>, max = 48): string {
  const clean = s.title.replace(/\s*\((untitled[^)]*)\)\s*$/i, '').trim();
  const cut =
    clean.length <= max ? clean : `${clean.slice(0, clean.lastIndexOf(' ', max)).replace(/[,:;–—-]\s*$/, '')}…`;
  return s.published ? `${cut} (${s.published.slice(0, 4)})` : cut;
}

export function useNames(): Names {
  const actors = useApi<Actor[]>(urlFor(actorsContract, {}));
  const places = useApi<Place[]>(urlFor(placesContract, {}));
  const sources = useApi<Source[]>(urlFor(sourcesContract, {}));
  return useMemo(() => {
    const byId = new Map((actors.data ?? []).map((a) => [a.id, a]));
    const placeById = new Map((places.data ?? []).map((p) => [p.id, p]));
    const sourceById = new Map((sources.data ?? []).map((s) => [s.id, s]));
    const actor = (id: string) => byId.get(id)?.name ?? fromSlug(id);
    return {
      actors: actors.data ?? [],
      actor,
      short: (id: string) => {
        const a = byId.get(id);
        return a ? shortOf(a) : fromSlug(id);
      },
      place: (id: string) => placeById.get(id)?.name ?? fromSlug(id),
      country: (code: string) => byId.get(code)?.name ?? COUNTRIES[code] ?? code,
      source: (id: string) => {
        const s = sourceById.get(id);
        return s ? sourceLabel(s) : id;
      },
      ready: !!actors.data,
    };
  }, [actors.data, places.data, sources.data]);
}
