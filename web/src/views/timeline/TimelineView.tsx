/**
 * Timeline view: events filtered by actors, pair, types, dates, status and origin, newest first (or
 * oldest first); rejected coded events are left out unless asked for; the events shown can be
 * exported as CSV; an event opens with its passages in their sources, other reports and conflicting
 * claims. A mistyped actor name is answered with the closest names.
 * URL: #/timeline?actor=&pair=&type=&from=&to=&status=&origin=&text=&offset=&event=&order=oldest&rejected=1
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
import { csvPath, eventsPath, readFilters } from './filters';
import { FilterBar } from './FilterBar';
import { Suggestions, unknownActor } from './Suggestions';

export function TimelineView() {
  const [loc, update] = useLoc();
  const filters = readFilters(loc.params);
  const offset = Number(loc.params.get('offset') ?? 0) || 0;
  const newestFirst = loc.params.get('order') !== 'oldest';
  const rejected = loc.params.get('rejected') === '1';
  const page = useApi<EventsPage>(eventsPath(filters, rejected));
  const selected = loc.params.get('event');
  const names = useNames();
  useEffect(() => {
    if (page.data) markReady('timeline');
  }, [page.data]);
  const typo = unknownActor(page.error);
  const replace = (id: string) => {
    if (!typo) return;
    const swap = (s: string) =>
      s
        .split(',')
        .map((x) => (x.trim() === typo ? id : x))
        .join(',');
    update({ actor: swap(filters.actor), pair: swap(filters.pair), offset: null });
  };
  return (
    <div className="timeline-view">
      <FilterBar filters={filters} onApply={(patch) => update(patch)} />
      <div className="list-options">
        <label className="check">
          <input
            type="checkbox"
            checked={newestFirst}
            onChange={(e) => update({ order: e.target.checked ? null : 'oldest', offset: null }, { replace: true })}
          />{' '}
          newest first
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={rejected}
            onChange={(e) => update({ rejected: e.target.checked ? '1' : null, offset: null }, { replace: true })}
          />{' '}
          show rejected coded events
        </label>
        <a className="export" href={csvPath(filters, rejected)} download="orrery-events.csv">
          Export these events (CSV)
        </a>
      </div>
      <div className="split">
        <div className="list-pane" data-ready={page.data ? 'true' : 'false'}>
          {page.loading && <Loading what="events" />}
          {typo && <Suggestions typed={typo} actors={names.actors} onPick={replace} />}
          {page.error && !typo && <ErrorBox what="events" error={page.error} retry={page.reload} />}
          {page.data && (
            <EventList
              names={names}
              page={page.data}
              offset={offset}
              newestFirst={newestFirst}
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
