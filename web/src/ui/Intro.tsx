/**
 * The first screen's introduction: what Orrery is, what the data covers (the sources and the dates of
 * the oldest and newest events), and three guided starting points. Shown on the first visit and on
 * demand (the header's "About"); closing it is remembered in the browser (local storage).
 */
import { hrefFor } from '../url/state';
import type { Coverage } from './coverage';
import { formatDate } from '../url/dates';
import { sourceLabel } from './names';

export const INTRO_KEY = 'orrery-intro-closed';

/** The date a year before `date` (YYYY-MM-DD). */
export function yearBefore(date: string): string {
  const y = Number(date.slice(0, 4)) - 1;
  const rest = date.slice(4);
  return rest === '-02-29' ? `${y}-02-28` : `${y}${rest}`;
}

export function Intro({ coverage, onClose }: { coverage: Coverage | undefined; onClose: () => void }) {
  const newest = coverage?.newest;
  return (
    <section className="intro" aria-labelledby="intro-title">
      <header>
        <h2 id="intro-title">Orrery: the South Caucasus order, sourced and computable</h2>
        <button type="button" onClick={onClose} aria-label="close the introduction">
          ×
        </button>
      </header>
      <p>
        Orrery models who is aligned with whom in the South Caucasus, the transport corridors that bind the region, and
        how both change over time. Every tie, event and route rests on passages you can open and read in their source.
      </p>
      {coverage && (
        <p className="coverage">
          The record holds {coverage.events} events from {formatDate(coverage.oldest)} to{' '}
          <strong>{formatDate(coverage.newest)}</strong>, drawn from {coverage.sources.length} sources (
          {coverage.sources.map((s) => sourceLabel(s, 40)).join('; ')}). Views open at the newest evidence, not at
          today&apos;s date.
        </p>
      )}
      <ul className="starts" aria-label="starting points">
        <li>
          <a href={hrefFor('network', newest ? { at: newest, compare: yearBefore(newest) } : {})}>
            What changed in the last year
          </a>
          <span> — the network now, compared with a year earlier</span>
        </li>
        <li>
          <a href={hrefFor('pair', { a: 'ARM', b: 'RUS' })}>A pair: Armenia and Russia</a>
          <span> — cooperation and conflict, month by month</span>
        </li>
        <li>
          <a href={hrefFor('map', { tab: 'route', from: 'baku', to: 'nakhchivan', ...(newest ? { at: newest } : {}) })}>
            A route: Baku to Nakhchivan
          </a>
          <span> — the best routes, the states they cross, and what TRIPP changes</span>
        </li>
      </ul>
    </section>
  );
}
