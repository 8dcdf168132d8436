/** The shell: the header with one link per view, and the view the URL names. */
import { useEffect } from 'react';
import { hrefFor, useLoc, type View } from './url/state';
import { isDate } from './url/dates';
import { MapView } from './views/map/MapView';
import { ImpactView } from './views/impact/ImpactView';
import { NetworkView } from './views/network/NetworkView';
import { TimelineView } from './views/timeline/TimelineView';
import { PairView } from './views/pair/PairView';
import { SourcesView } from './views/sources/SourcesView';
import { ClaimsView } from './views/claims/ClaimsView';
import { IngestView } from './views/ingest/IngestView';

const TITLES: Record<View, string> = {
  network: 'Network',
  map: 'Map',
  impact: 'Corridor impact',
  timeline: 'Timeline',
  pair: 'Pair',
  sources: 'Sources',
  claims: 'Claims',
  ingest: 'Ingest & review',
};

const ORDER: View[] = ['network', 'map', 'impact', 'timeline', 'pair', 'sources', 'claims', 'ingest'];

export function App() {
  const [loc] = useLoc();
  const at = loc.params.get('at');
  const carry = isDate(at) ? { at } : {};
  useEffect(() => {
    document.title = `${TITLES[loc.view]} — Orrery`;
  }, [loc.view]);
  return (
    <div className="app">
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
      </header>
      <main id="view" data-view={loc.view}>
        {loc.view === 'map' && <MapView />}
        {loc.view === 'impact' && <ImpactView />}
        {loc.view === 'network' && <NetworkView />}
        {loc.view === 'timeline' && <TimelineView />}
        {loc.view === 'pair' && <PairView />}
        {loc.view === 'sources' && <SourcesView />}
        {loc.view === 'claims' && <ClaimsView />}
        {loc.view === 'ingest' && <IngestView />}
      </main>
    </div>
  );
}
