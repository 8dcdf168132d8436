/** A corridor's facts: summary, extent in the network, names and who uses them, status history, rights and sources. */
import type { Citation, CorridorSummary } from '../../api/types';
import { CitationList } from '../../ui/Citations';
import { useNames, wordsOf } from '../../ui/names';
import { Empty } from '../../ui/Status';
import { History, type Dated } from './Provenance';

export function CorridorFacts({ corridor }: { corridor: CorridorSummary }) {
  const rec =
    typeof corridor.record === 'object' && corridor.record ? (corridor.record as Record<string, unknown>) : {};
  const net = (corridor.network && typeof corridor.network === 'object' ? corridor.network : {}) as Record<
    string,
    unknown
  >;
  const summary = rec.summary ?? net.summary;
  const citations = (Array.isArray(rec.citations) && rec.citations.length ? rec.citations : net.citations) as
    Citation[] | undefined;
  const nm = useNames();
  const names = rec.names as { name: string; used_by?: string[]; citations?: Citation[] }[] | undefined;
  return (
    <section className="panel facts" aria-label="corridor">
      <h2>{corridor.name}</h2>
      {typeof summary === 'string' && <p>{summary}</p>}
      <dl className="facts-list">
        {corridor.km !== undefined && (
          <>
            <dt>length</dt>
            <dd>
              {corridor.km > 0
                ? `${corridor.km} km in the network`
                : 'not drawn: none of its segments is in the curated network yet'}
            </dd>
          </>
        )}
        {corridor.modes && (
          <>
            <dt>modes</dt>
            <dd>{corridor.modes.map(wordsOf).join(', ')}</dd>
          </>
        )}
        {corridor.countries && (
          <>
            <dt>countries</dt>
            <dd>{corridor.countries.map(nm.country).join(', ')}</dd>
          </>
        )}
        {corridor.statuses && (
          <>
            <dt>segments</dt>
            <dd>
              {Object.entries(corridor.statuses)
                .map(([s, n]) => `${n} ${s}`)
                .join(', ')}
            </dd>
          </>
        )}
      </dl>
      {names && names.length > 0 && (
        <>
          <h3>Names and who uses them</h3>
          <ul>
            {names.map((n) => (
              <li key={n.name}>
                <strong>{n.name}</strong> {n.used_by?.length ? `— ${n.used_by.map(nm.actor).join(', ')}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      <History title="Status over time" items={rec.status_history as Dated[] | undefined} />
      <History title="Rights" items={rec.rights as Dated[] | undefined} />
      {citations?.length ? (
        <>
          <h3>Sources</h3>
          <CitationList citations={citations} limit={3} />
        </>
      ) : (
        !rec.status_history && (
          <Empty>No corridor record cites a source for this group of segments; see its segments' facts.</Empty>
        )
      )}
      <p>
        <a href={`#/impact?corridor=${encodeURIComponent(corridor.id)}`}>
          What {corridor.name.split(' (')[0]} changes →
        </a>
      </p>
    </section>
  );
}
