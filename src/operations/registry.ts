/** Every operation, listed once: the server mounts a route for each, the CLI a command where it has one. */
import type { Operation } from './operation.js';
import { actorOperation, actorsOperation, relationsOperation } from './reads/actors.js';
import { searchOperation, statsOperation } from './reads/catalog.js';
import { claimsOperation } from './reads/claims.js';
import { timelineOperation } from './reads/timeline.js';
import { conflictsOperation, eventOperation, eventsOperation } from './reads/events.js';
import { passageOperation, sourceOperation, sourcesOperation } from './reads/sources.js';
import * as transport from './reads/transport.js';
import { bargainingIssueOperation, bargainingIssuesOperation } from './forecast/bargaining.js';
import { conflictForecastOperation } from './forecast/conflict.js';
import { scenarioDiffOperation } from './scenarios/diff.js';
import { scenariosOperation } from './scenarios/list.js';
import { briefingOperation } from './briefing/operation.js';

/** The reads that are not analyses, in the order the API documents them. */
export const READ_OPERATIONS: readonly Operation[] = [
  sourcesOperation,
  sourceOperation,
  passageOperation,
  actorsOperation,
  actorOperation,
  relationsOperation,
  eventsOperation,
  eventOperation,
  conflictsOperation,
  timelineOperation,
  claimsOperation,
  searchOperation,
  statsOperation,
  transport.placesOperation,
  transport.networkGeoOperation,
  transport.segmentOperation,
  transport.corridorsOperation,
  transport.impactOperation,
  transport.routeOperation,
  scenariosOperation,
  scenarioDiffOperation,
  conflictForecastOperation,
  bargainingIssuesOperation,
  bargainingIssueOperation,
  briefingOperation,
];
