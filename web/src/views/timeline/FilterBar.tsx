/** The timeline's filter form: actors, pair, event types, date range, status, origin and words. Applying writes the URL. */
import { useEffect, useState, type FormEvent } from 'react';
import type { ParamPatch } from '../../url/state';
import { EVENT_TYPES, ORIGINS, STATUSES, type Filters } from './filters';

export function FilterBar({ filters, onApply }: { filters: Filters; onApply: (patch: ParamPatch) => void }) {
  const [f, setF] = useState(filters);
  const key = JSON.stringify(filters);
  useEffect(() => setF(JSON.parse(key) as Filters), [key]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply({ ...f, type: f.type, offset: null, event: null });
  };
  const set = (k: keyof Filters) => (e: { target: { value: string } }) => setF({ ...f, [k]: e.target.value });
  return (
    <form className="filter-bar" onSubmit={submit} aria-label="event filters">
      <label>
        Actors <input name="actor" value={f.actor} onChange={set('actor')} placeholder="ARM,AZE or Baku" size={12} />
      </label>
      <label>
        Pair <input name="pair" value={f.pair} onChange={set('pair')} placeholder="ARM,RUS" size={10} />
      </label>
      <label>
        From{' '}
        <input
          name="from"
          value={f.from}
          onChange={set('from')}
          placeholder="2020"
          size={10}
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
        />
      </label>
      <label>
        To{' '}
        <input
          name="to"
          value={f.to}
          onChange={set('to')}
          placeholder="2026-03"
          size={10}
          pattern="\d{4}(-\d{2}(-\d{2})?)?"
        />
      </label>
      <label>
        Status{' '}
        <select name="status" value={f.status} onChange={set('status')}>
          <option value="">any</option>
          {STATUSES.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        Origin{' '}
        <select name="origin" value={f.origin} onChange={set('origin')}>
          <option value="">any</option>
          {ORIGINS.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </label>
      <label>
        Words <input name="text" value={f.text} onChange={set('text')} size={12} />
      </label>
      <details className="types">
        <summary>Types{f.type.length ? ` (${f.type.length})` : ''}</summary>
        <div className="type-grid">
          {EVENT_TYPES.map((t) => (
            <label key={t} className="check">
              <input
                type="checkbox"
                name="type"
                value={t}
                checked={f.type.includes(t)}
                onChange={() =>
                  setF({ ...f, type: f.type.includes(t) ? f.type.filter((x) => x !== t) : [...f.type, t] })
                }
              />{' '}
              {t}
            </label>
          ))}
        </div>
      </details>
      <button type="submit" className="primary">
        Apply
      </button>
      <button
        type="button"
        onClick={() =>
          onApply({
            actor: null,
            pair: null,
            type: null,
            from: null,
            to: null,
            status: null,
            origin: null,
            text: null,
            offset: null,
          })
        }
      >
        Clear
      </button>
    </form>
  );
}
