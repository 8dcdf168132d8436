/**
 * Compare two dates: the `diff` analysis between the compare date and the slider's date, sign flips
 * first, each change with the records that explain it. The changed ties are highlighted in the graph.
 */
import type { ResultOf } from '../../../../src/contracts/contract';
import type { diffContract } from '../../../../src/contracts/analyses/diff';
import { ErrorBox, Loading } from '../../ui/Status';
import { edgeId, signed } from './edges';

export type DiffResult = ResultOf<typeof diffContract>;

/**
 * The default threshold: a tie is highlighted when its weight moved by at least 0.5 (about half of one
 * formal relation's weight) or changed sign. Decay and small events move most ties a little between
 * any two dates (between 2018 and 2025, 48 of 58 ties move by 0.1 or more), which is noise; the
 * threshold is a control of the view (`min` in the URL).
 */
export const CHANGE_THRESHOLD = 0.5;

/** The threshold in the URL (`min`), or the default. */
export function readThreshold(raw: string | null): number {
  const n = Number(raw);
  return raw !== null && raw !== '' && Number.isFinite(n) && n >= 0 ? n : CHANGE_THRESHOLD;
}

export function changedTies(
  diff: DiffResult | undefined,
  threshold = CHANGE_THRESHOLD,
): Map<string, 'flip' | 'change'> {
  const out = new Map<string, 'flip' | 'change'>();
  for (const c of diff?.changes ?? []) {
    if (c.signFlip) out.set(edgeId(c.source, c.target), 'flip');
    else if (Math.abs(c.delta) >= threshold) out.set(edgeId(c.source, c.target), 'change');
  }
  return out;
}

export function ComparePanel({
  diff,
  error,
  loading,
  onSelectEdge,
  name,
  threshold,
}: {
  name: (id: string) => string;
  threshold: number;
  diff: DiffResult | undefined;
  error: Error | undefined;
  loading: boolean;
  onSelectEdge: (id: string) => void;
}) {
  if (loading && !diff) return <Loading what="the comparison" />;
  if (error) return <ErrorBox what="the comparison" error={error} />;
  if (!diff) return null;
  const shown = diff.changes.filter((c) => c.signFlip || Math.abs(c.delta) >= threshold);
  return (
    <section className="panel compare-panel" aria-label="changes between the two dates">
      <h2>
        Changed from {diff.from} to {diff.to}: {shown.length} ties
      </h2>
      <p className="muted small">
        Shown: sign flips and ties whose weight moved by at least {threshold} ({diff.changes.length - shown.length}{' '}
        smaller changes left out).
      </p>
      <ol className="changes">
        {shown.slice(0, 40).map((c) => (
          <li key={edgeId(c.source, c.target)} className={c.signFlip ? 'flip' : 'change'}>
            <button
              type="button"
              className="link"
              title={`${c.source}–${c.target}`}
              onClick={() => onSelectEdge(edgeId(c.source, c.target))}
            >
              {name(c.source)} — {name(c.target)}
            </button>{' '}
            {signed(c.before)} → {signed(c.after)} {c.signFlip && <strong>sign flip</strong>}
            {c.explanation[0] && <div className="muted small">{c.explanation[0].summary}</div>}
          </li>
        ))}
      </ol>
    </section>
  );
}
