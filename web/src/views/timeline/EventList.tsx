/** A page of events in date order; each row opens the event. */
import { useEffect, useRef } from 'react';
import type { EventsPage } from '../../api/types';
import { eventTypeName, type Names } from '../../ui/names';
import { PAGE } from './filters';

export function EventList({
  page,
  selected,
  onOpen,
  onPage,
  names,
}: {
  names: Names;
  page: EventsPage;
  selected: string | null;
  onOpen: (id: string) => void;
  onPage: (offset: number) => void;
}) {
  const last = Math.min(page.total, page.offset + page.items.length);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    list.current?.querySelector('li.selected')?.scrollIntoView({ block: 'nearest' });
  }, [selected, page]);
  return (
    <section className="event-list" aria-label="events">
      <p className="muted">
        {page.total === 0 ? 'No event matches these filters.' : `Events ${page.offset + 1}–${last} of ${page.total}`}
      </p>
      <ol ref={list}>
        {page.items.map((e) => (
          <li key={e.id} className={`${e.quad_class ?? ''}${e.id === selected ? ' selected' : ''}`}>
            <button type="button" className="event-row" aria-pressed={e.id === selected} onClick={() => onOpen(e.id)}>
              <span className="date">{e.date}</span>
              <span className={`type ${e.quad_class ?? ''}`} title={e.event_type}>
                {eventTypeName(e.event_type)}
              </span>
              <span
                className="sides"
                title={`${e.actor.join('+')}${e.recipient.length ? ` → ${e.recipient.join('+')}` : ''}`}
              >
                {e.actor.map(names.short).join(' + ')}
                {e.recipient.length ? ` → ${e.recipient.map(names.short).join(' + ')}` : ''}
              </span>
              <span className="summary">{e.summary}</span>
              {e.status !== 'asserted' && <span className="badge">{e.status}</span>}
              {e.origin !== 'curated' && <span className="badge">{e.origin}</span>}
            </button>
          </li>
        ))}
      </ol>
      {page.total > PAGE && (
        <div className="pager">
          <button type="button" disabled={page.offset === 0} onClick={() => onPage(Math.max(0, page.offset - PAGE))}>
            ← Previous
          </button>
          <button type="button" disabled={last >= page.total} onClick={() => onPage(page.offset + PAGE)}>
            Next →
          </button>
        </div>
      )}
    </section>
  );
}
