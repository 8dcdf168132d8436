/** A segment's facts: status at the date, length, countries, control, and its record (status history, parties, length) with sources. */
import { segmentContract } from '../../../../src/contracts/reads/index';
import type { ResultOf } from '../../../../src/contracts/contract';
import { urlFor } from '../../api/call';
import type { CorridorSummary, SegmentFeature } from '../../api/types';
import { useNames, wordsOf } from '../../ui/names';
import { ErrorBox, Loading } from '../../ui/Status';
import { useApi } from '../../ui/useApi';
import { History, Provenance } from './Provenance';

export function SegmentFacts({
  segment,
  at,
  corridors,
  onCorridor,
}: {
  segment: SegmentFeature;
  at: string;
  corridors: CorridorSummary[];
  onCorridor: (id: string) => void;
}) {
  const p = segment.properties;
  const rec = useApi<ResultOf<typeof segmentContract>>(urlFor(segmentContract, { id: p.id, at }));
  const s = rec.data?.segment;
  const names = useNames();
  return (
    <section className="panel facts" aria-label="segment">
      <h2 title={p.id}>{p.name ?? names.place(p.id)}</h2>
      <dl className="facts-list">
        <dt>mode</dt>
        <dd>{wordsOf(p.mode)}</dd>
        <dt>status at {at}</dt>
        <dd>{p.status ? wordsOf(p.status) : 'not yet in service'}</dd>
        {p.km !== undefined && (
          <>
            <dt>length</dt>
            <dd>
              {Number(p.km).toFixed(1)} km {p.length_basis ? `(${p.length_basis})` : ''}
            </dd>
          </>
        )}
        <dt>crosses</dt>
        <dd>
          {(p.countries ?? []).map(names.country).join(' → ') || '—'}
          {s?.territories?.length ? ` (${s.territories.map(names.country).join(', ')})` : ''}
        </dd>
        <dt>controlled by</dt>
        <dd>{(p.controlled_by ?? []).map(names.country).join(', ') || '—'}</dd>
      </dl>
      {s?.note && <p className="muted small">{s.note}</p>}
      {rec.loading && <Loading what="the segment's record" />}
      {rec.error && <ErrorBox what="the segment's record" error={rec.error} retry={rec.reload} />}
      {s && <History title="Status over time" items={s.status} />}
      {s && <History title="Parties" items={s.parties} />}
      {s?.length && (s.length.citations?.length || s.length.reference) ? (
        <>
          <h3>Length</h3>
          <Provenance citations={s.length.citations} reference={s.length.reference} />
        </>
      ) : null}
      {(p.corridors ?? []).length > 0 && (
        <>
          <h3>Part of</h3>
          <ul>
            {(p.corridors ?? []).map((c) => (
              <li key={c}>
                <button type="button" className="link" onClick={() => onCorridor(c)}>
                  {corridors.find((x) => x.id === c)?.name ?? c}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
