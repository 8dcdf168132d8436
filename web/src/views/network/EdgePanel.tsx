/**
 * One tie explained: its weight at the date, split into relations and events, and each relation and
 * event behind it with the passages that assert it.
 */
import type { z } from 'zod';
import { urlFor } from '../../api/call';
import type { Contribution } from '../../../../src/contracts/analyses/parts';
import { networkContract } from '../../../../src/contracts/analyses/network';
import { CitationList } from '../../ui/Citations';
import { eventTypeName, wordsOf } from '../../ui/names';
import { ErrorBox, Loading } from '../../ui/Status';
import { useApi } from '../../ui/useApi';
import { hypotheticalIds } from '../../url/scenario';
import { hrefFor } from '../../url/state';
import { signed } from './edges';
import { TieChart } from './TieChart';
import type { NetworkResult } from './snapshots';

function ContributionItem({ c, hypothetical }: { c: z.output<typeof Contribution>; hypothetical: boolean }) {
  return (
    <li className={`contribution ${c.weight >= 0 ? 'tie-pos' : 'tie-neg'}${hypothetical ? ' hypothetical' : ''}`}>
      <div className="head">
        {hypothetical && (
          <span className="badge hypothetical" title="added or altered by the scenario: not evidence">
            hypothetical
          </span>
        )}{' '}
        <span className="weight">{signed(c.weight)}</span> <span className="kind">{c.kind}</span>{' '}
        <span className="type" title={c.type}>
          {c.kind === 'event' ? eventTypeName(c.type) : wordsOf(c.type)}
        </span>{' '}
        <span className="date">{c.date}</span>
      </div>
      <p className="summary">
        {c.kind === 'event' && !hypothetical ? (
          <a href={hrefFor('timeline', { event: c.id })}>{c.summary}</a>
        ) : (
          c.summary
        )}
      </p>
      {hypothetical ? (
        <p className="muted small">No citation: a scenario's record carries its rationale instead.</p>
      ) : (
        <CitationList citations={c.citations} limit={2} />
      )}
    </li>
  );
}

export function EdgePanel({
  ends,
  at,
  name,
  onClose,
}: {
  ends: [string, string];
  at: string;
  name: (id: string) => string;
  onClose: () => void;
}) {
  const path = urlFor(networkContract, { at, actors: ends });
  const { data, error, loading, reload } = useApi<NetworkResult>(path);
  const hypo = hypotheticalIds(data);
  const edge = data?.edges.find(
    (e) => (e.source === ends[0] && e.target === ends[1]) || (e.source === ends[1] && e.target === ends[0]),
  );
  return (
    <section className="panel edge-panel" aria-label="tie explanation">
      <header>
        <h2>
          <span title={ends.join('–')}>
            {name(ends[0])} — {name(ends[1])}
          </span>
        </h2>
        <button type="button" onClick={onClose} aria-label="close the explanation">
          ×
        </button>
      </header>
      {loading && <Loading what={`the evidence behind ${name(ends[0])}–${name(ends[1])} at ${at}`} />}
      {error && <ErrorBox what="the tie's evidence" error={error} retry={reload} />}
      {data && !edge && (
        <p className="status empty">
          No tie between {name(ends[0])} and {name(ends[1])} at {at}.
        </p>
      )}
      {edge && (
        <>
          <p className="tie-summary">
            At {at}: <strong className={edge.weight >= 0 ? 'pos' : 'neg'}>{signed(edge.weight)}</strong> (relations{' '}
            {signed(edge.relationWeight)}, events {signed(edge.eventWeight)} from {edge.eventCount} event
            {edge.eventCount === 1 ? '' : 's'} in the window).{' '}
            <a href={hrefFor('pair', { a: ends[0], b: ends[1] })}>Series of this pair</a> ·{' '}
            <a href={hrefFor('timeline', { pair: ends.join(',') })}>Events</a>
          </p>
          <TieChart ends={ends} at={at} />
          <h3>Behind the weight at {at}</h3>
          <ol className="contributions">
            {edge.contributions.map((c) => (
              <ContributionItem key={`${c.kind}:${c.id}`} c={c} hypothetical={!!hypo?.has(c.id)} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
