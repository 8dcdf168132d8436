/** The contracts of the reads that are not analyses (events, actors, sources, claims, the transport network). */
import { actorContract, actorsContract, relationsContract } from './actors.js';
import { searchContract, statsContract } from './catalog.js';
import { claimsContract } from './claims.js';
import { timelineContract } from './timeline.js';
import { conflictsContract, eventContract, eventsContract } from './events.js';
import { passageContract, sourceContract, sourcesContract } from './sources.js';
import * as transport from './transport.js';

export * from './actors.js';
export * from './catalog.js';
export * from './claims.js';
export * from './timeline.js';
export * from './events.js';
export * from './sources.js';
export * from './transport.js';

export const READ_CONTRACTS = [
  sourcesContract,
  sourceContract,
  passageContract,
  actorsContract,
  actorContract,
  relationsContract,
  eventsContract,
  eventContract,
  conflictsContract,
  timelineContract,
  claimsContract,
  searchContract,
  statsContract,
  transport.placesContract,
  transport.networkGeoContract,
  transport.segmentContract,
  transport.corridorsContract,
  transport.impactContract,
  transport.routeContract,
] as const;
