/**
 * Timeline view: events filtered by actors, pair, types, dates, status and origin, in date order;
 * an event opens with its passages in their sources, other reports and conflicting claims.
 * URL: #/timeline?actor=&pair=&type=&from=&to=&status=&origin=&text=&offset=&event=
 */
import { useEffect } from 'react';
import type { EventsPage } from '../../api/types';
import { useNames } from '../../ui/names';
import { markReady } from '../../ui/perf';
import { ErrorBox, Loading } from '../../ui/Status';
import { useApi } from '../../ui/useApi';
import { useLoc } from '../../url/state';
import { EventDetail } from './EventDetail';
import { EventList } from './EventList';
import { eventsPath, readFilters } from './filters';
import { FilterBar } from './FilterBar';

export function TimelineView() {
  const [loc, update] = useLoc();
  const filters = readFilters(loc.params);
  const offset = Number(loc.params.get('offset') ?? 0) || 0;
  const page = useApi<EventsPage>(eventsPath(filters, offset));
  const selected = loc.params.get('event');
  const names = useNames();
  useEffect(() => {
    if (page.data) markReady('timeline');
  }, [page.data]);
  return (
    <div className="timeline-view">
      <FilterBar filters={filters} onApply={(patch) => update(patch)} />
      <div className="split">
        <div className="list-pane" data-ready={page.data ? 'true' : 'false'}>
          {page.loading && <Loading what="events" />}
          {page.error && <ErrorBox what="events" error={page.error} retry={page.reload} />}
          {page.data && (
            <EventList
              names={names}
              page={page.data}
              selected={selected}
              onOpen={(id) => update({ event: id })}
              onPage={(o) => update({ offset: o || null })}
            />
          )}
        </div>
        <aside className="side wide">
          {selected ? (
            <EventDetail id={selected} names={names} onClose={() => update({ event: null })} />
          ) : (
            <p className="status empty">Choose an event to read the passages that report it.</p>
          )}
        </aside>
      </div>
    </div>
  );
}
