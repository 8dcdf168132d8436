/**
 * Ingest and review: upload a document, see what it gave (the source, coded candidates with their
 * sentences and rules, corroborations, conflicts, unknown names), and work through the review queue.
 * An upload starts a job on the server; its progress is shown (polled) until the report comes.
 * URL: #/ingest
 */
import { useEffect, useState } from 'react';
import { markReady } from '../../ui/perf';
import { ErrorBox, Loading } from '../../ui/Status';
import { useApi } from '../../ui/useApi';
import { IngestReport } from './IngestReport';
import { JobProgress } from './JobProgress';
import { cancelJob, followJob, ingest, normaliseList, type Job, type Report, type ReviewQueue } from './review';
import { ReviewCard } from './ReviewCard';
import { TokenField } from './TokenField';
import { UploadForm } from './UploadForm';

export function IngestView() {
  const queue = useApi<ReviewQueue>('/api/review');
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<Report>();
  const [error, setError] = useState<Error>();
  const [job, setJob] = useState<Job>();
  const [cancelling, setCancelling] = useState(false);
  const [log, setLog] = useState<string[]>([]);
  // Candidates of the document just ingested are shown once, with its report; the queue lists the rest.
  const inReport = new Set(normaliseList(report?.events).map((it) => it.id));
  const all = normaliseList(queue.data?.items);
  const items = all.filter((it) => !inReport.has(it.id));
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
            setReport(undefined);
            setCancelling(false);
            try {
              const started = await ingest(body);
              setJob(started);
              setReport(await followJob(started.id, setJob));
              queue.reload();
            } catch (e) {
              setError(e as Error);
            } finally {
              setJob(undefined);
              setBusy(false);
            }
          }}
        />
        {busy && !job && <Loading what="the document" />}
        {busy && job && (
          <JobProgress
            job={job}
            cancelling={cancelling}
            onCancel={async () => {
              setCancelling(true);
              try {
                await cancelJob(job.id);
              } catch (e) {
                setError(e as Error);
              }
            }}
          />
        )}
        {error && <ErrorBox what="the document" error={error} />}
        {report && <IngestReport report={report} onDone={done} />}
      </section>
      <section
        className="review-pane"
        aria-label="review queue"
        data-ready={queue.data !== undefined ? 'true' : 'false'}
      >
        <h2>
          Review queue {queue.data !== undefined && `(${all.length} pending)`}{' '}
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
        {queue.data !== undefined && all.length === 0 && (
          <p className="status empty">No coded event is waiting for review.</p>
        )}
        {all.length > items.length && (
          <p className="status empty in-report">
            {all.length - items.length} of them, from the document just ingested, are shown with its report.
          </p>
        )}
        {items.map((it) => (
          <ReviewCard key={`${it.id}:${it.version}`} item={it} onDone={done} />
        ))}
      </section>
    </div>
  );
}
