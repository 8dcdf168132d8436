/**
 * The events, newest first (or oldest first), a page at a time; each row opens the event. Coded
 * events carry their review state as a badge (pending, accepted, rejected).
 */
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
  offset,
  newestFirst,
}: {
  names: Names;
  offset: number;
  newestFirst: boolean;
  page: EventsPage;
  selected: string | null;
  onOpen: (id: string) => void;
  onPage: (offset: number) => void;
}) {
  const ordered = newestFirst ? [...page.items].reverse() : page.items;
  const items = ordered.slice(offset, offset + PAGE);
  const count = page.items.length;
  const last = Math.min(count, offset + items.length);
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    list.current?.querySelector('li.selected')?.scrollIntoView({ block: 'nearest' });
  }, [selected, page]);
  return (
    <section className="event-list" aria-label="events">
      <p className="muted">
        {page.total === 0
          ? 'No event matches these filters.'
          : `Events ${offset + 1}–${last} of ${page.total}, ${newestFirst ? 'newest' : 'oldest'} first`}
        {page.total > count ? ` (the first ${count} by date are listed; narrow the filters to see the rest)` : ''}
      </p>
      <ol ref={list}>
        {items.map((e) => (
          <li key={e.id} className={`${e.quad_class ?? ''}${e.id === selected ? ' selected' : ''}`}>
            <button
              type="button"
              className="event-row"
              data-id={e.id}
              aria-pressed={e.id === selected}
              onClick={() => onOpen(e.id)}
            >
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
              {e.review && <span className={`badge review-${e.review}`}>{e.review}</span>}
            </button>
          </li>
        ))}
      </ol>
      {count > PAGE && (
        <div className="pager">
          <button type="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - PAGE))}>
            ← Previous
          </button>
          <button type="button" disabled={last >= count} onClick={() => onPage(offset + PAGE)}>
            Next →
          </button>
        </div>
      )}
    </section>
  );
}
