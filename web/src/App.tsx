/** The shell: the header with one link per view, and the view the URL names. */
import { useEffect, useState, type ComponentType } from 'react';
import { AlertsBadge } from './ui/AlertsBadge';
import { useCoverage } from './ui/coverage';
import { Intro, INTRO_KEY } from './ui/Intro';
import { ScenarioBar } from './ui/ScenarioBar';
import { hrefFor, parseHash, useLoc, type View } from './url/state';
import { isDate } from './url/dates';
import { ErrorBox } from './ui/Status';

// Each view is its own chunk, loaded when first shown: the network's cytoscape and the map's d3-geo
// are not parsed on the way to another view. The view the page opens on is asked for as soon as this
// module runs, before the first render and alongside the newest date. A view is shown once its chunk
// has arrived, without Suspense: React holds back a Suspense boundary's content for up to 300 ms after
// its fallback appeared (to batch reveals), which the first screen would pay on every load.
const LOADERS = {
  map: () => import('./views/map/MapView').then((m) => m.MapView),
  impact: () => import('./views/impact/ImpactView').then((m) => m.ImpactView),
  network: () => import('./views/network/NetworkView').then((m) => m.NetworkView),
  timeline: () => import('./views/timeline/TimelineView').then((m) => m.TimelineView),
  pair: () => import('./views/pair/PairView').then((m) => m.PairView),
  sources: () => import('./views/sources/SourcesView').then((m) => m.SourcesView),
  claims: () => import('./views/claims/ClaimsView').then((m) => m.ClaimsView),
  ingest: () => import('./views/ingest/IngestView').then((m) => m.IngestView),
  briefing: () => import('./views/briefing/BriefingView').then((m) => m.BriefingView),
} satisfies Record<View, () => Promise<ComponentType>>;

const loaded = new Map<View, ComponentType>();
const loading = new Map<View, Promise<ComponentType>>();

/** The view's component, fetched once (a failed fetch is tried again next time). */
function loadView(view: View): Promise<ComponentType> {
  let p = loading.get(view);
  if (!p) {
    p = LOADERS[view]().then((c) => {
      loaded.set(view, c);
      return c;
    });
    loading.set(view, p);
    p.catch(() => loading.delete(view));
  }
  return p;
}

loadView(parseHash(location.hash).view).catch(() => undefined);

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
  // Fetch the view's code at once, alongside the newest date.
  useEffect(() => {
    loadView(loc.view).catch(() => undefined);
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
  const Current = loaded.get(view);
  const [failed, setFailed] = useState<{ view: View; error: Error }>();
  const [, setArrived] = useState<View>();
  useEffect(() => {
    if (Current) return;
    let live = true;
    loadView(view).then(
      () => live && setArrived(view),
      (error: Error) => live && setFailed({ view, error }),
    );
    return () => {
      live = false;
    };
  }, [view, Current]);
  if (Current) return <Current />;
  if (failed?.view === view)
    return (
      <ErrorBox
        what={`the ${TITLES[view]} view`}
        error={failed.error}
        retry={() => {
          setFailed(undefined);
          loadView(view).then(
            () => setArrived(view),
            (error: Error) => setFailed({ view, error }),
          );
        }}
      />
    );
  return <p className="status loading">Loading the {TITLES[view]} view…</p>;
}
