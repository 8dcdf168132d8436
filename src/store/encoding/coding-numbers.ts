/**
 * Every PLOVER coding (event type, and mode or none) numbered once, with the quad code and intensity
 * the intensity table gives it. A bulk import names an event's coding by its number: one small
 * integer crosses between threads instead of two strings and two numbers, and a store can keep the
 * table beside its rows and look the rest up there. The numbering depends only on the PLOVER lists
 * (model/plover.ts), so every thread and backend of one version agrees on it; it is never stored.
 */
import { codeEvent } from '../../model/intensity.js';
import { EVENT_TYPES, MODES, type EventType } from '../../model/plover.js';

export interface NumberedCoding {
  event_type: EventType;
  mode: string | null;
  quad_code: 1 | 2 | 3 | 4;
  intensity: number;
}

/** The codings by number: each type without a mode, then with each of its modes. */
export const CODINGS: readonly NumberedCoding[] = EVENT_TYPES.flatMap((type) =>
  [null, ...MODES[type]].map((mode) => ({ event_type: type, mode, ...pick(codeEvent(type, mode)) })),
);

function pick(c: { quad_code: 1 | 2 | 3 | 4; intensity: number }): { quad_code: 1 | 2 | 3 | 4; intensity: number } {
  return { quad_code: c.quad_code, intensity: c.intensity };
}

/** Numbers by type, then by mode ('' for none): looked up without building a key per row. */
const NUMBERS = new Map<string, Map<string, number>>();
CODINGS.forEach((c, i) => {
  let modes = NUMBERS.get(c.event_type);
  if (!modes) NUMBERS.set(c.event_type, (modes = new Map()));
  modes.set(c.mode ?? '', i);
});

/** The number of a type and mode, or undefined for a mode the type does not have. */
export function codingNumber(type: EventType, mode: string | null): number | undefined {
  return NUMBERS.get(type)?.get(mode ?? '');
}
