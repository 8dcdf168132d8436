/**
 * The one table that derives an event's quad class and intensity (-10..+10, the Goldstein scale's
 * range) from its PLOVER type and mode. Base values follow the Goldstein (1992) weights of the
 * CAMEO root codes each PLOVER type gathers; a mode can move the value where the manner of the act
 * changes its weight (an air strike against a beating, a state visit against a phone call).
 *
 * | type      | quad                 | base | mode adjustments                                   |
 * |-----------|----------------------|------|----------------------------------------------------|
 * | AGREE     | verbal-cooperation   |  +4  | peace, treaty: +6; ceasefire: +5                   |
 * | CONSULT   | verbal-cooperation   |  +1  | visit, host: +2; multilateral: +1.5                |
 * | SUPPORT   | verbal-cooperation   |  +3  | recognize: +4                                      |
 * | REQUEST   | verbal-cooperation   |  +2  |                                                    |
 * | CONCEDE   | material-cooperation |  +5  | apologize: +3; territory: +6                       |
 * | COOPERATE | material-cooperation |  +6  | military, intelligence: +7                         |
 * | AID       | material-cooperation |  +7  | military: +8                                       |
 * | RETREAT   | material-cooperation |  +4  | withdraw: +5                                       |
 * | ACCUSE    | verbal-conflict      |  -2  | war-crimes, aggression: -4                         |
 * | REJECT    | verbal-conflict      |  -4  | defy: -5                                           |
 * | THREATEN  | verbal-conflict      |  -6  | force, ultimatum: -7                               |
 * | PROTEST   | material-conflict    |  -5  | riot: -6                                           |
 * | SANCTION  | material-conflict    |  -6  | recall: -4; expel: -5; embargo: -8                 |
 * | MOBILIZE  | material-conflict    |  -7  | exercise: -5                                       |
 * | COERCE    | material-conflict    |  -7  | arrest, raid: -6; blockade, seize: -9; deport: -9  |
 * | ASSAULT   | material-conflict    | -10  | beat, torture: -9; shoot-down: -9                  |
 */
import type { EventType, QuadClass } from './plover.js';
import { QUAD_CODE } from './plover.js';

interface Row {
  quad: QuadClass;
  base: number;
  modes?: Record<string, number>;
}

export const INTENSITY_TABLE: Record<EventType, Row> = {
  AGREE: { quad: 'verbal-cooperation', base: 4, modes: { peace: 6, treaty: 6, ceasefire: 5 } },
  CONSULT: { quad: 'verbal-cooperation', base: 1, modes: { visit: 2, host: 2, multilateral: 1.5 } },
  SUPPORT: { quad: 'verbal-cooperation', base: 3, modes: { recognize: 4 } },
  REQUEST: { quad: 'verbal-cooperation', base: 2 },
  CONCEDE: { quad: 'material-cooperation', base: 5, modes: { apologize: 3, territory: 6 } },
  COOPERATE: { quad: 'material-cooperation', base: 6, modes: { military: 7, intelligence: 7 } },
  AID: { quad: 'material-cooperation', base: 7, modes: { military: 8 } },
  RETREAT: { quad: 'material-cooperation', base: 4, modes: { withdraw: 5 } },
  ACCUSE: { quad: 'verbal-conflict', base: -2, modes: { 'war-crimes': -4, aggression: -4 } },
  REJECT: { quad: 'verbal-conflict', base: -4, modes: { defy: -5 } },
  THREATEN: { quad: 'verbal-conflict', base: -6, modes: { force: -7, ultimatum: -7 } },
  PROTEST: { quad: 'material-conflict', base: -5, modes: { riot: -6 } },
  SANCTION: { quad: 'material-conflict', base: -6, modes: { recall: -4, expel: -5, embargo: -8 } },
  MOBILIZE: { quad: 'material-conflict', base: -7, modes: { exercise: -5 } },
  COERCE: { quad: 'material-conflict', base: -7, modes: { arrest: -6, raid: -6, blockade: -9, seize: -9, deport: -9 } },
  ASSAULT: { quad: 'material-conflict', base: -10, modes: { beat: -9, torture: -9, 'shoot-down': -9 } },
};

export interface Coding {
  quad_class: QuadClass;
  quad_code: 1 | 2 | 3 | 4;
  intensity: number;
}

/** Quad class, quad code and intensity for a type and mode, from the table above. */
export function codeEvent(type: EventType, mode?: string | null): Coding {
  const row = INTENSITY_TABLE[type];
  const intensity = mode ? (row.modes?.[mode] ?? row.base) : row.base;
  return { quad_class: row.quad, quad_code: QUAD_CODE[row.quad], intensity };
}
