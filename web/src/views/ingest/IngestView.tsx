/**
 * Ingest and review: upload a document, see what it gave (the source, coded candidates with their
 * sentences and rules, corroborations, conflicts, unknown names), and work through the review queue.
 * URL: #/ingest
 */
import { useEffect, useState } from 'react';
import { markReady } from '../../ui/perf';
import { ErrorBox, Loading } from '../../ui/Status';
import { useApi } from '../../ui/useApi';
import { IngestReport, type Report } from './IngestReport';
import { normaliseList } from './review';
import { ReviewCard } from './ReviewCard';
import { ingest } from './review';
import { TokenField } from './TokenField';
import { UploadForm } from './UploadForm';

export function IngestView() {
  const queue = useApi<unknown>('/api/review');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report>();
  const [error, setError] = useState<Error>();
  const [log, setLog] = useState<string[]>([]);
  const items = normaliseList(queue.data);
  useEffect(() => {
    if (queue.data !== undefined || queue.error) markReady('ingest');
  }, [queue.data, queue.error]);
  const done = (message: string) => {
    setLog((l) => [message, ...l].slice(0, 20));
    queue.reload();
  };
  return (
    <div className="ingest-view split">
      <section className="ingest-pane" aria-label="ingest">
        <h2>Ingest a document</h2>
        <TokenField />
        <UploadForm
          busy={busy}
          onSubmit={async (body) => {
            setBusy(true);
            setError(undefined);
            try {
              setReport((await ingest(body)) as Report);
              queue.reload();
            } catch (e) {
              setError(e as Error);
            } finally {
              setBusy(false);
            }
          }}
        />
        {busy && <Loading what="the document: reading, coding sentences, matching events" />}
        {error && <ErrorBox what="the document" error={error} />}
        {report && <IngestReport report={report} onDone={done} />}
      </section>
      <section className="review-pane" aria-label="review queue" data-ready={queue.data !== undefined ? 'true' : 'false'}>
        <h2>
          Review queue {queue.data !== undefined && `(${items.length} pending)`}{' '}
          <button type="button" onClick={queue.reload}>
            Reload
          </button>
        </h2>
        {log.length > 0 && (
          <ul className="log" role="status">
            {log.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        )}
        {queue.loading && <Loading what="the review queue" />}
        {queue.error && <ErrorBox what="the review queue" error={queue.error} retry={queue.reload} />}
        {queue.data !== undefined && items.length === 0 && <p className="status empty">No coded event is waiting for review.</p>}
        {items.map((it) => (
          <ReviewCard key={`${it.id}:${it.version}`} item={it} onDone={done} />
        ))}
      </section>
    </div>
  );
}
