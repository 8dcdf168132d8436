/** The whole model as plain data: what the dataset files hold and what the store returns. */
import type { Actor } from './actor.js';
import type { SourceClaim } from './claim.js';
import type { Conflict } from './conflict.js';
import type { Corridor } from './corridor.js';
import type { Dependency } from './dependency.js';
import type { Event } from './event.js';
import type { Indicator } from './indicator.js';
import type { Relation } from './relation.js';
import type { Source } from './source.js';

export interface Dataset {
  sources: Source[];
  actors: Actor[];
  events: Event[];
  relations: Relation[];
  indicators: Indicator[];
  dependencies: Dependency[];
  corridors: Corridor[];
  conflicts: Conflict[];
  /** The sources' claims about the order, each with a test over the engines (claim.ts). */
  claims: SourceClaim[];
}

export const RECORD_KINDS = [
  'sources',
  'actors',
  'events',
  'relations',
  'indicators',
  'dependencies',
  'corridors',
  'conflicts',
  'claims',
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export function emptyDataset(): Dataset {
  return {
    sources: [],
    actors: [],
    events: [],
    relations: [],
    indicators: [],
    dependencies: [],
    corridors: [],
    conflicts: [],
    claims: [],
  };
}

export type Counts = Record<RecordKind, number>;

export function countDataset(ds: Dataset): Counts {
  return Object.fromEntries(RECORD_KINDS.map((k) => [k, ds[k].length])) as Counts;
}
