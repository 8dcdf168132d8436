/**
 * How the router turns a route into hours, shown wherever hours are: a route's time is its length by
 * mode at an average speed, plus fixed hours for a ferry or ship, plus a delay at every border. The
 * figures are the router's defaults (src/corridors/params.ts, documented in docs/corridors.md); the web
 * app cannot import the engine, so they are repeated here and test/e2e/map.test.ts checks a route's
 * hours against them.
 */

/** Average speeds (km/h) by mode, as the router assumes them. */
export const SPEEDS: Record<string, number> = { rail: 35, road: 60, ferry: 25, sea: 25, transfer: 60 };
/** Hours added per ferry or sea segment (loading, waiting). */
export const FIXED_HOURS: Record<string, number> = { ferry: 12, sea: 12 };
/** Hours added per border crossed (customs, queues). */
export const BORDER_HOURS = 6;

export function HoursNote({ borders }: { borders?: number }) {
  return (
    <details className="hours-note">
      <summary>How hours are estimated</summary>
      <p>
        Hours are rough door-to-door estimates, not timetables: each segment&apos;s length at an average speed (rail{' '}
        {SPEEDS.rail} km/h for freight with stops, road {SPEEDS.road} km/h for lorries, ferry and ship {SPEEDS.ferry}{' '}
        km/h plus {FIXED_HOURS.ferry} h for loading and waiting), plus {BORDER_HOURS} h at every border crossed (customs
        and queues)
        {borders !== undefined ? `; this route crosses ${borders} border${borders === 1 ? '' : 's'}` : ''}. A short
        route through two borders therefore takes far longer than its length suggests.
      </p>
    </details>
  );
}
