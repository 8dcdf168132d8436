/** An ingest job under way: what it is doing (reading, coding sentences, matching, storing), how far, and a Cancel button. */
import type { Job } from './review';

const STAGES: Record<string, string> = {
  queued: 'Waiting for another document to finish',
  starting: 'Starting',
  reading: 'Reading the document',
  coding: 'Coding sentences',
  matching: 'Matching coded events against the store',
  storing: 'Storing',
  reporting: 'Preparing the report',
  done: 'Done',
  cancelled: 'Cancelled',
};

export function JobProgress({ job, onCancel, cancelling }: { job: Job; onCancel: () => void; cancelling: boolean }) {
  const { stage, done, total } = job.progress;
  const label = STAGES[stage] ?? stage;
  const counted = total > 0;
  return (
    <div
      className="status loading job-progress"
      role="status"
      aria-live="polite"
      data-state={job.state}
      data-stage={stage}
    >
      <span className="spinner" aria-hidden="true" /> {label}
      {counted && (
        <>
          {' '}
          <span className="count">
            {done.toLocaleString()} / {total.toLocaleString()}
          </span>{' '}
          <progress max={total} value={Math.min(done, total)} aria-label={label} />
        </>
      )}
      {(job.state === 'queued' || job.state === 'running') && (
        <>
          {' '}
          <button type="button" onClick={onCancel} disabled={cancelling}>
            {cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        </>
      )}
    </div>
  );
}
