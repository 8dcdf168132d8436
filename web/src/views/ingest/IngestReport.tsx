/** What one ingested document gave: its source record, and the coded candidates, corroborations and conflicts. */
import { hrefFor } from '../../url/state';
import { normaliseList, type Report } from './review';
import { ReviewCard } from './ReviewCard';

export function IngestReport({ report, onDone }: { report: Report; onDone: (m: string) => void }) {
  const coded = normaliseList(report.events);
  const names = report.candidates;
  return (
    <section className="panel ingest-report" aria-label="ingest report">
      {report.source && (
        <p>
          {report.duplicate ? 'Already stored: ' : 'Stored '}
          <a href={hrefFor('sources', { source: report.source.id })}>{report.source.title}</a> ({report.source.id}
          {report.format ? `, ${report.format}` : ''}
          {report.sentences !== undefined ? `, ${report.sentences} sentences` : ''}).
        </p>
      )}
      <p>
        {report.created?.length ?? 0} coded events to review, {report.corroborated?.length ?? 0} existing events
        corroborated, {report.conflicts?.length ?? 0} date conflicts recorded.
      </p>
      {(report.corroborated ?? []).length > 0 && (
        <p>
          Corroborates:{' '}
          {report.corroborated!.map((id) => (
            <a key={id} className="chip" href={hrefFor('timeline', { event: id })}>
              {id}
            </a>
          ))}
        </p>
      )}
      {names.length > 0 && (
        <p className="muted">
          Names that acted like actors but are not in the gazetteer:{' '}
          {names.map((n) => `${n.name} (${n.count ?? 1})`).join(', ')}
        </p>
      )}
      {(report.warnings ?? []).map((w, i) => (
        <p key={i} className="status warning">
          {w}
        </p>
      ))}
      {coded.length > 0 && <h3>Coded candidates</h3>}
      {coded.map((it) => (
        <ReviewCard key={`${it.id}:${it.version}`} item={it} onDone={onDone} />
      ))}
    </section>
  );
}
