/**
 * One coded candidate: the sentence it was coded from (as text), the rule and confidence, the event it
 * proposes, and accept / reject / edit. A decision on a stale version (someone else decided first)
 * comes back as a conflict and says so.
 */
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { eventTypeName, useNames, wordsOf } from '../../ui/names';
import { EVENT_TYPES } from '../timeline/filters';
import { inWords } from './sentence';
import { decide, edit, type Edit, type ReviewItem } from './review';

function EditForm({ item, onSave, onCancel }: { item: ReviewItem; onSave: (e: Edit) => void; onCancel: () => void }) {
  const [e, setE] = useState<Edit>({
    type: item.event_type,
    mode: item.mode ?? '',
    actor: item.actor,
    recipient: item.recipient,
    date: item.date,
    summary: item.summary,
  });
  const ids = (s: string) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  return (
    <form
      className="edit-form"
      aria-label={`edit ${item.id}`}
      onSubmit={(ev) => {
        ev.preventDefault();
        onSave(e);
      }}
    >
      <label>
        Type{' '}
        <select value={e.type} onChange={(x) => setE({ ...e, type: x.target.value })}>
          {EVENT_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </label>
      <label>
        Mode <input value={e.mode} onChange={(x) => setE({ ...e, mode: x.target.value })} size={10} />
      </label>
      <label>
        Actor <input value={e.actor.join(',')} onChange={(x) => setE({ ...e, actor: ids(x.target.value) })} size={10} />
      </label>
      <label>
        Recipient{' '}
        <input
          value={e.recipient.join(',')}
          onChange={(x) => setE({ ...e, recipient: ids(x.target.value) })}
          size={10}
        />
      </label>
      <label>
        Date <input value={e.date} onChange={(x) => setE({ ...e, date: x.target.value })} size={10} />
      </label>
      <label className="wide">
        Summary <input value={e.summary} onChange={(x) => setE({ ...e, summary: x.target.value })} />
      </label>
      <button type="submit" className="primary">
        Save and accept
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

export function ReviewCard({ item, onDone }: { item: ReviewItem; onDone: (message: string) => void }) {
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [outcome, setOutcome] = useState<string>();
  const act = async (what: string, f: () => Promise<unknown>) => {
    setBusy(true);
    setError(undefined);
    try {
      await f();
      setOutcome(what);
      setEditing(false);
      onDone(`${item.id}: ${what}`);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401)
        setError(`This server needs a write token: open "Write token" above the upload form. (${e.message})`);
      else if (e instanceof ApiError && e.status === 409)
        setError(
          `Someone else changed this event since it was loaded (${e.message}). Reload the queue to see its current state.`,
        );
      else setError(`Could not ${what.replace(/ed$/, '')} ${item.id}: ${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  const decided = item.review !== 'pending' || !!outcome;
  const names = useNames();
  return (
    <article className={`review-card ${item.review}`} aria-label={`candidate ${item.id}`} data-id={item.id}>
      {item.passages.map((p, i) => (
        <blockquote key={i} className="sentence">
          {p.text ?? `(${p.source} ${p.start}–${p.end}: text not stored)`}
        </blockquote>
      ))}
      <p className="proposal in-words">{inWords(item, names.actor)}</p>
      <p className="muted small">
        <span className="type" title={item.event_type}>
          {eventTypeName(item.event_type)}
        </span>
        {item.mode ? ` (${wordsOf(item.mode)})` : ''} · {item.actor.map(names.actor).join(' + ') || '?'} →{' '}
        {item.recipient.map(names.actor).join(' + ') || '—'} · {item.date}
        {' · '}
        <span className="location">
          {item.location ? `where: ${item.location.name}` : 'where: not stated in the sentence'}
        </span>
      </p>
      <p className="summary muted small">Stored summary: {item.summary}</p>
      <p className="muted small">
        rule <code>{item.rule}</code>
        {item.confidence !== null ? ` · confidence ${item.confidence.toFixed(2)}` : ''} · {item.review} ·{' '}
        <code>{item.id}</code>
      </p>
      {outcome && (
        <p className="outcome" role="status">
          {outcome}
        </p>
      )}
      {error && (
        <p className="status error" role="alert">
          {error}
        </p>
      )}
      {!decided && !editing && (
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => act('accepted', () => decide(item, 'accept'))}
          >
            Accept
          </button>
          <button type="button" disabled={busy} onClick={() => act('rejected', () => decide(item, 'reject'))}>
            Reject
          </button>
          <button type="button" disabled={busy} onClick={() => setEditing(true)}>
            Edit…
          </button>
        </div>
      )}
      {editing && (
        <EditForm
          item={item}
          onCancel={() => setEditing(false)}
          onSave={(e) => act('edited and accepted', () => edit(item, e))}
        />
      )}
    </article>
  );
}
