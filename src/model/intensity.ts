/**
 * The one table that derives an event's quad class and intensity (−10..+10, the Goldstein scale's
 * range) from its PLOVER type and mode.
 *
 * Quad classes are the PLOVER manual's (Open Event Data Alliance, PLOVER codebook, draft 2.0):
 * 1 verbal cooperation AGREE CONSULT SUPPORT CONCEDE; 2 material cooperation COOPERATE AID RETREAT;
 * 3 verbal conflict REQUEST ACCUSE REJECT THREATEN SANCTION; 4 material conflict PROTEST MOBILIZE
 * COERCE ASSAULT.
 *
 * Intensities are calibrated on Goldstein's weights (Goldstein 1992, "A Conflict-Cooperation Scale for
 * WEIS Events Data", Journal of Conflict Resolution 36(2); the CAMEO weights of Gerner and Schrodt's
 * codebook): a type's weight is the mean weight of the CAMEO codes that data/coding/cameo-plover.yaml
 * maps to it, a mode's the mean over the codes mapped to that type and mode, and a mode no CAMEO code
 * carries takes its type's weight. The method is src/ingest/exchange/goldstein.ts; the numbers below
 * are its output, rounded to one decimal, and a test recomputes them from the shared CAMEO file
 * (`npx tsx scripts/calibrate-intensity.ts` prints them). Figures in brackets count the codes.
 *
 * | type      | quad                 | weight     | modes that differ from the type's weight                                     |
 * |-----------|----------------------|------------|-------------------------------------------------------------------------------|
 * | AGREE     | verbal-cooperation   |   5.4 (22) | ceasefire 7; settle 5; mediate 6; treaty 8                                    |
 * | CONSULT   | verbal-cooperation   |   2.8 ( 8) | phone 1; visit 1.9; third-party 3.8; meet 7                                   |
 * | SUPPORT   | verbal-cooperation   |   4.3 ( 8) | praise 3.4; defend 3.5; endorse 3.8; recognize 6                              |
 * | CONCEDE   | verbal-cooperation   |   6.1 (14) | apologize 7; policy 6.3; power-sharing 5; ease-sanctions 7                    |
 * | COOPERATE | material-cooperation |   6.7 ( 6) | economic 6.4; military 7.4; judicial 7.4; intelligence 7                      |
 * | AID       | material-cooperation |   7.5 ( 7) | economic 7.4; military 8.4; humanitarian 7.4; asylum 7                        |
 * | RETREAT   | material-cooperation |   8.4 ( 8) | release 7; return 7; de-escalate 9; ceasefire 9; disarm 9; withdraw 10        |
 * | REQUEST   | verbal-conflict      |  −1.3 (48) | assist −0.8; change-policy −2.2; resign, release, ceasefire −2.6; negotiate, settle −0.5 |
 * | ACCUSE    | verbal-conflict      |  −2   (18) |                                                                               |
 * | REJECT    | verbal-conflict      |  −4.4 (15) | proposal −4.2; policy −4; negotiate, defy, veto −5                            |
 * | THREATEN  | verbal-conflict      |  −6.1 (15) | non-force −6; sanction, restrict −5.8; force, ultimatum −7                    |
 * | SANCTION  | verbal-conflict      |  −5.6 (14) | convict −2; recall −4; embargo −8; withdraw −6.7; expel −7                    |
 * | PROTEST   | material-conflict    |  −6.7 ( 9) | demonstrate, hunger, strike −6.5; obstruct, riot −7.5                         |
 * | MOBILIZE  | material-conflict    |  −7.2 ( 6) |                                                                               |
 * | COERCE    | material-conflict    |  −7.2 (12) | seize −9.3; ban, censor, arrest −5; deport −8.2; blockade −9.5                |
 * | ASSAULT   | material-conflict    |  −9.6 (17) | beat −9.2; torture, assassinate −9; explosives, offensive, firearms, aerial −10 |
 *
 * REQUEST gathers CAMEO's appeals (+3 to +3.4) and demands (−5), so its mean is mildly negative,
 * which agrees with PLOVER placing it in verbal conflict.
 */
import type { EventType, QuadClass } from './plover.js';
import { QUAD_CODE } from './plover.js';

interface Row {
  quad: QuadClass;
  base: number;
  modes?: Record<string, number>;
}

export const INTENSITY_TABLE: Record<EventType, Row> = {
  AGREE: { quad: 'verbal-cooperation', base: 5.4, modes: { ceasefire: 7, settle: 5, mediate: 6, treaty: 8 } },
  CONSULT: { quad: 'verbal-cooperation', base: 2.8, modes: { phone: 1, visit: 1.9, 'third-party': 3.8, meet: 7 } },
  SUPPORT: { quad: 'verbal-cooperation', base: 4.3, modes: { praise: 3.4, defend: 3.5, endorse: 3.8, recognize: 6 } },
  CONCEDE: {
    quad: 'verbal-cooperation',
    base: 6.1,
    modes: { apologize: 7, policy: 6.3, 'power-sharing': 5, 'ease-sanctions': 7 },
  },
  COOPERATE: {
    quad: 'material-cooperation',
    base: 6.7,
    modes: { economic: 6.4, military: 7.4, judicial: 7.4, intelligence: 7 },
  },
  AID: {
    quad: 'material-cooperation',
    base: 7.5,
    modes: { economic: 7.4, military: 8.4, humanitarian: 7.4, asylum: 7 },
  },
  RETREAT: {
    quad: 'material-cooperation',
    base: 8.4,
    modes: { release: 7, return: 7, 'de-escalate': 9, ceasefire: 9, disarm: 9, withdraw: 10 },
  },
  REQUEST: {
    quad: 'verbal-conflict',
    base: -1.3,
    modes: {
      assist: -0.8,
      'change-policy': -2.2,
      resign: -2.6,
      release: -2.6,
      ceasefire: -2.6,
      negotiate: -0.5,
      settle: -0.5,
    },
  },
  ACCUSE: { quad: 'verbal-conflict', base: -2 },
  REJECT: {
    quad: 'verbal-conflict',
    base: -4.4,
    modes: { proposal: -4.2, policy: -4, negotiate: -5, defy: -5, veto: -5 },
  },
  THREATEN: {
    quad: 'verbal-conflict',
    base: -6.1,
    modes: { 'non-force': -6, sanction: -5.8, restrict: -5.8, force: -7, ultimatum: -7 },
  },
  SANCTION: {
    quad: 'verbal-conflict',
    base: -5.6,
    modes: { convict: -2, recall: -4, embargo: -8, withdraw: -6.7, expel: -7 },
  },
  PROTEST: {
    quad: 'material-conflict',
    base: -6.7,
    modes: { demonstrate: -6.5, hunger: -6.5, strike: -6.5, obstruct: -7.5, riot: -7.5 },
  },
  MOBILIZE: { quad: 'material-conflict', base: -7.2 },
  COERCE: {
    quad: 'material-conflict',
    base: -7.2,
    modes: { seize: -9.3, ban: -5, censor: -5, arrest: -5, deport: -8.2, blockade: -9.5 },
  },
  ASSAULT: {
    quad: 'material-conflict',
    base: -9.6,
    modes: { beat: -9.2, torture: -9, explosives: -10, assassinate: -9, offensive: -10, firearms: -10, aerial: -10 },
  },
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
