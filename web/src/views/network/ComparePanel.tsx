/**
 * Compare two dates: the `diff` analysis between the compare date and the slider's date, sign flips
 * first, each change with the records that explain it. The changed ties are highlighted in the graph.
 */
import type { ResultOf } from '../../../../src/contracts/contract';
import type { diffContract } from '../../../../src/contracts/analyses/diff';
import { ErrorBox, Loading } from '../../ui/Status';
import { edgeId, signed } from './edges';

export type DiffResult = ResultOf<typeof diffContract>;

/** Changes smaller than this (in weight) are not highlighted: decay moves every tie a little. */
export const CHANGE_THRESHOLD = 0.1;

export function changedTies(diff: DiffResult | undefined): Map<string, 'flip' | 'change'> {
  const out = new Map<string, 'flip' | 'change'>();
  for (const c of diff?.changes ?? []) {
    if (c.signFlip) out.set(edgeId(c.source, c.target), 'flip');
    else if (Math.abs(c.delta) >= CHANGE_THRESHOLD) out.set(edgeId(c.source, c.target), 'change');
  }
  return out;
}

export function ComparePanel({
  diff,
  error,
  loading,
  onSelectEdge,
}: {
  diff: DiffResult | undefined;
  error: Error | undefined;
  loading: boolean;
  onSelectEdge: (id: string) => void;
}) {
  if (loading && !diff) return <Loading what="the comparison" />;
  if (error) return <ErrorBox what="the comparison" error={error} />;
  if (!diff) return null;
  const shown = diff.changes.filter((c) => c.signFlip || Math.abs(c.delta) >= CHANGE_THRESHOLD);
  return (
    <section className="panel compare-panel" aria-label="changes between the two dates">
      <h2>
        Changed from {diff.from} to {diff.to}: {shown.length} ties
      </h2>
      <ol className="changes">
        {shown.slice(0, 40).map((c) => (
          <li key={edgeId(c.source, c.target)} className={c.signFlip ? 'flip' : 'change'}>
            <button type="button" className="link" onClick={() => onSelectEdge(edgeId(c.source, c.target))}>
              {c.source} — {c.target}
            </button>{' '}
            {signed(c.before)} → {signed(c.after)} {c.signFlip && <strong>sign flip</strong>}
            {c.explanation[0] && <div className="muted small">{c.explanation[0].summary}</div>}
          </li>
        ))}
      </ol>
    </section>
  );
}
