/**
 * One event: what happened, who, when, its status and origin; each cited passage highlighted inside
 * its source; the other sources that report it; and any conflicting claims, side by side.
 */
import { eventContract } from '../../../../src/contracts/reads/index';
import { urlFor } from '../../api/call';
import type { EventDetail as Detail } from '../../api/types';
import { eventTypeName, wordsOf, type Names } from '../../ui/names';
import { ErrorBox, Loading } from '../../ui/Status';
import { useApi } from '../../ui/useApi';
import { hrefFor } from '../../url/state';
import { SourceExcerpt } from './SourceExcerpt';

export function EventDetail({ id, onClose, names }: { id: string; onClose: () => void; names: Names }) {
  const { data, error, loading, reload } = useApi<Detail>(urlFor(eventContract, { id }));
  if (loading && !data) return <Loading what={`the event ${id}`} />;
  if (error) return <ErrorBox what={`the event ${id}`} error={error} retry={reload} />;
  if (!data) return null;
  const e = data.event;
  // Each source once: those quoted here, then the others that report the event.
  const quoted = [...new Set(data.passages.map((p) => p.source))];
  const others = [...new Set(data.corroborating_sources)].filter((s) => !quoted.includes(s));
  const chip = (s: string) => (
    <a key={s} href={hrefFor('sources', { source: s })} className="chip" title={s}>
      {names.source(s)}
    </a>
  );
  return (
    <article className="panel event-detail" aria-label="event">
      <header>
        <h2>{e.summary}</h2>
        <button type="button" onClick={onClose} aria-label="close the event">
          ×
        </button>
      </header>
      <dl className="facts-list">
        <dt>date</dt>
        <dd>
          {e.date}
          {e.end_date ? ` – ${e.end_date}` : ''}{' '}
          {e.date_precision && e.date_precision !== 'day' ? `(${e.date_precision})` : ''}
        </dd>
        <dt>type</dt>
        <dd>
          <span title={e.event_type}>{eventTypeName(e.event_type)}</span>
          {e.mode ? ` (${wordsOf(e.mode)})` : ''} · {wordsOf(e.quad_class)} · intensity {e.intensity}
        </dd>
        <dt>who</dt>
        <dd>
          <span title={`${e.actor.join(', ')}${e.recipient.length ? ` → ${e.recipient.join(', ')}` : ''}`}>
            {e.actor.map(names.actor).join(', ')}{' '}
            {e.recipient.length ? `→ ${e.recipient.map(names.actor).join(', ')}` : ''}
          </span>
          {e.actor.length === 1 && e.recipient.length === 1 && (
            <>
              {' '}
              · <a href={hrefFor('pair', { a: e.actor[0]!, b: e.recipient[0]! })}>series of this pair</a>
            </>
          )}
        </dd>
        <dt>status</dt>
        <dd className={`status-${e.status}`}>{e.status}</dd>
        <dt>origin</dt>
        <dd>
          {e.origin}
          {e.rule ? ` (rule ${e.rule}, confidence ${e.confidence}, ${e.review})` : ''}
        </dd>
        <dt>id</dt>
        <dd>
          <code>{e.id}</code>
        </dd>
      </dl>
      <h3>Cited passages ({data.passages.length})</h3>
      {data.passages.map((p, i) => (
        <SourceExcerpt
          key={`${p.source}:${p.start}`}
          passage={p}
          siblings={data.passages.filter((s) => s.source === p.source)}
          open={i === 0}
        />
      ))}
      <h3>Reported by</h3>
      <p>
        {quoted.map(chip)}
        {others.length > 0 && <> — other sources that report it: {others.map(chip)}</>}
      </p>
      {data.conflicts.length > 0 && <h3>Conflicting claims</h3>}
      {data.conflicts.map((c) => (
        <section key={c.id} className="conflict">
          <p>
            <strong>{c.kind}</strong>: {c.topic}
          </p>
          <div className="claims">
            {c.claims.map((cl, i) => (
              <div key={i} className={`claim${cl.preferred ? ' preferred' : ''}`}>
                <p>
                  {cl.says} {cl.value && <code>{cl.value}</code>}{' '}
                  {cl.preferred && <span className="badge">preferred</span>}
                </p>
              </div>
            ))}
          </div>
          {c.note && <p className="muted small">{c.note}</p>}
        </section>
      ))}
    </article>
  );
}
