/** The zod schema of each record kind, by the name the dataset directories use. */
import type { z } from 'zod';
import { Actor } from './actor.js';
import { SourceClaim } from './claim.js';
import { Conflict } from './conflict.js';
import { Corridor } from './corridor.js';
import type { RecordKind } from './dataset.js';
import { Dependency } from './dependency.js';
import { Event } from './event.js';
import { Indicator } from './indicator.js';
import { Relation } from './relation.js';
import { Source } from './source.js';

export const SCHEMAS: Record<RecordKind, z.ZodType> = {
  sources: Source,
  actors: Actor,
  events: Event,
  relations: Relation,
  indicators: Indicator,
  dependencies: Dependency,
  corridors: Corridor,
  conflicts: Conflict,
  claims: SourceClaim,
};
