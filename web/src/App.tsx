/** The shell: the header with one link per view, and the view the URL names. */
import { lazy, Suspense, useEffect, useState } from 'react';
import { AlertsBadge } from './ui/AlertsBadge';
import { useCoverage } from './ui/coverage';
import { Intro, INTRO_KEY } from './ui/Intro';
import { ScenarioBar } from './ui/ScenarioBar';
import { hrefFor, useLoc, type View } from './url/state';
import { isDate } from './url/dates';

// Each view is its own chunk, loaded when first shown: the network's cytoscape and the map's d3-geo
// are not parsed on the way to another view.
const LOADERS = {
  map: () => import('./views/map/MapView').then((m) => ({ default: m.MapView })),
  impact: () => import('./views/impact/ImpactView').then((m) => ({ default: m.ImpactView })),
  network: () => import('./views/network/NetworkView').then((m) => ({ default: m.NetworkView })),
  timeline: () => import('./views/timeline/TimelineView').then((m) => ({ default: m.TimelineView })),
  pair: () => import('./views/pair/PairView').then((m) => ({ default: m.PairView })),
  sources: () => import('./views/sources/SourcesView').then((m) => ({ default: m.SourcesView })),
  claims: () => import('./views/claims/ClaimsView').then((m) => ({ default: m.ClaimsView })),
  ingest: () => import('./views/ingest/IngestView').then((m) => ({ default: m.IngestView })),
  briefing: () => import('./views/briefing/BriefingView').then((m) => ({ default: m.BriefingView })),
} satisfies Record<View, unknown>;
const MapView = lazy(LOADERS.map);
const ImpactView = lazy(LOADERS.impact);
const NetworkView = lazy(LOADERS.network);
const TimelineView = lazy(LOADERS.timeline);
const PairView = lazy(LOADERS.pair);
const SourcesView = lazy(LOADERS.sources);
const ClaimsView = lazy(LOADERS.claims);
const IngestView = lazy(LOADERS.ingest);
const BriefingView = lazy(LOADERS.briefing);

const TITLES: Record<View, string> = {
  network: 'Network',
  map: 'Map',
  impact: 'Corridor impact',
  timeline: 'Timeline',
  pair: 'Pair',
  sources: 'Sources',
  claims: 'Claims',
  ingest: 'Ingest & review',
  briefing: 'Briefing',
};

const ORDER: View[] = ['network', 'map', 'impact', 'timeline', 'pair', 'sources', 'claims', 'ingest', 'briefing'];

/** Views that show the record at one date: without `at` in the URL they open at the newest evidence. */
const DATED: View[] = ['network', 'map'];

function introClosed(): boolean {
  try {
    return localStorage.getItem(INTRO_KEY) === '1';
  } catch {
    return false;
  }
}

export function App() {
  const [loc, update] = useLoc();
  const at = loc.params.get('at');
  const scenario = loc.params.get('scenario');
  const carry = { ...(isDate(at) ? { at } : {}), ...(scenario ? { scenario } : {}) };
  const cov = useCoverage();
  const [intro, setIntro] = useState(() => loc.view === 'network' && !introClosed());
  useEffect(() => {
    document.title = `${TITLES[loc.view]} — Orrery`;
  }, [loc.view]);
  // Fetch the view's code at once, alongside the newest date (the browser caches the module).
  useEffect(() => {
    void LOADERS[loc.view]();
  }, [loc.view]);
  const needsDate = DATED.includes(loc.view) && !isDate(at);
  useEffect(() => {
    if (needsDate && cov.data) update({ at: cov.data.newest }, { replace: true });
  }, [needsDate, cov.data, update]);
  // Wait for the newest date (a few ms) unless it cannot be had: then the view picks its own default.
  const waiting = needsDate && !cov.error;
  const closeIntro = () => {
    setIntro(false);
    try {
      localStorage.setItem(INTRO_KEY, '1');
    } catch {
      // private mode: the intro comes back next time
    }
  };
  return (
    <div className="app">
      <a className="skip-link" href="#view" onClick={skipToMain}>
        Skip to content
      </a>
      <header className="top">
        <a className="brand" href={hrefFor('network', carry)}>
          Orrery <span>South Caucasus</span>
        </a>
        <nav aria-label="views">
          {ORDER.map((v) => (
            <a key={v} href={hrefFor(v, carry)} aria-current={v === loc.view ? 'page' : undefined}>
              {TITLES[v]}
            </a>
          ))}
        </nav>
        <button
          type="button"
          className="about"
          aria-expanded={intro}
          onClick={() => (intro ? closeIntro() : setIntro(true))}
        >
          About
        </button>
        <AlertsBadge />
      </header>
      <ScenarioBar view={loc.view} scenario={scenario} onChange={(id) => update({ scenario: id })} />
      {intro && <Intro coverage={cov.data} onClose={closeIntro} />}
      {cov.data && isDate(at) && DATED.includes(loc.view) && (
        <p className="date-note" role="note" data-newest={cov.data.newest}>
          {at === cov.data.newest
            ? `Showing ${at}, the date of the newest event in the record (the data runs to ${cov.data.newest}, not to today).`
            : `Showing ${at}. The newest event in the record is dated ${cov.data.newest}.`}
        </p>
      )}
      <main id="view" data-view={loc.view} tabIndex={-1}>
        {waiting ? <p className="status loading">Finding the newest evidence…</p> : <Views view={loc.view} />}
      </main>
    </div>
  );
}

/** The skip link moves focus to the view without changing the hash (the hash holds the view's state). */
function skipToMain(e: React.MouseEvent<HTMLAnchorElement>): void {
  e.preventDefault();
  document.getElementById('view')?.focus();
}

function Views({ view }: { view: View }) {
  return (
    <Suspense fallback={<p className="status loading">Loading the {TITLES[view]} view…</p>}>
      {view === 'map' && <MapView />}
      {view === 'impact' && <ImpactView />}
      {view === 'network' && <NetworkView />}
      {view === 'timeline' && <TimelineView />}
      {view === 'pair' && <PairView />}
      {view === 'sources' && <SourcesView />}
      {view === 'claims' && <ClaimsView />}
      {view === 'ingest' && <IngestView />}
      {view === 'briefing' && <BriefingView />}
    </Suspense>
  );
}
