/**
 * What the scenario in force changes in the network at the slider's date, against the evidence alone
 * (`/api/scenarios/:id/diff`): ties that strengthen, weaken, flip, appear or vanish (evidence weight →
 * weight under the scenario), actors that change bloc, and balance and polarisation. The graph draws
 * the network under the scenario with these ties marked, so the change sits next to the evidence.
 */
import type { ResultOf } from '../../../../src/contracts/contract';
import type { scenarioDiffContract } from '../../../../src/contracts/scenarios';
import { ErrorBox, Loading } from '../../ui/Status';
import { edgeId } from './edges';

export type ScenarioDiff = ResultOf<typeof scenarioDiffContract>;

const WORDS: Record<ScenarioDiff['ties'][number]['change'], string> = {
  strengthens: 'strengthens',
  weakens: 'weakens',
  flips: 'flips sign',
  appears: 'appears',
  vanishes: 'vanishes',
};

/** The scenario's ties as the graph marks them: sign flips ringed as flips, every other move as a change. */
export function scenarioTies(diff: ScenarioDiff | undefined): Map<string, 'flip' | 'change'> {
  const out = new Map<string, 'flip' | 'change'>();
  for (const t of diff?.ties ?? []) out.set(edgeId(t.a, t.b), t.change === 'flips' ? 'flip' : 'change');
  return out;
}

function w(x: number | null): string {
  return x === null ? 'none' : `${x > 0 ? '+' : x < 0 ? '−' : '±'}${Math.abs(x).toFixed(2)}`;
}

export function ScenarioPanel({
  diff,
  error,
  loading,
  name,
  onSelectEdge,
}: {
  diff: ScenarioDiff | undefined;
  error: Error | undefined;
  loading: boolean;
  name: (id: string) => string;
  onSelectEdge: (id: string) => void;
}) {
  if (loading && !diff) return <Loading what="what the scenario changes" />;
  if (error) return <ErrorBox what="what the scenario changes" error={error} />;
  if (!diff) return null;
  const { blocs } = diff;
  return (
    <section className="panel scenario-panel" aria-label="what the scenario changes">
      <h2>
        <span className="badge hypothetical">hypothetical</span> What “{diff.scenario.title}” changes at {diff.at}
      </h2>
      <p className="muted small">
        Each tie: its weight on the evidence alone → under the scenario. The graph shows the network under the scenario;
        these ties are ringed.
      </p>
      {diff.ties.length === 0 ? (
        <p>
          No tie moves at this date{diff.at < diff.scenario.from ? ` (the scenario starts ${diff.scenario.from})` : ''}.
        </p>
      ) : (
        <ol className="changes scenario-ties">
          {diff.ties.map((t) => (
            <li key={edgeId(t.a, t.b)} className={t.change === 'flips' ? 'flip' : 'change'} data-tie={edgeId(t.a, t.b)}>
              <button
                type="button"
                className="link"
                title={`${t.a}–${t.b}`}
                onClick={() => onSelectEdge(edgeId(t.a, t.b))}
              >
                {name(t.a)} — {name(t.b)}
              </button>{' '}
              <strong>{WORDS[t.change]}</strong>: {w(t.before)} → {w(t.after)}
              {t.hypothetical && <span className="muted small"> (a hypothetical record contributes)</span>}
            </li>
          ))}
        </ol>
      )}
      <h3>Blocs</h3>
      {blocs.moved.length === 0 ? (
        <p className="small">No actor changes bloc.</p>
      ) : (
        <ul className="bloc-moves small">
          {blocs.moved.map((m) => (
            <li key={m.actor}>
              <strong>{name(m.actor)}</strong> moves: with {m.before.map(name).join(', ') || 'no one'} on the evidence,
              with {m.after.map(name).join(', ') || 'no one'} under the scenario
            </li>
          ))}
        </ul>
      )}
      <p className="small">
        Balance {w(blocs.balance.before)} → {w(blocs.balance.after)}; polarisation {w(blocs.polarisation.before)} →{' '}
        {w(blocs.polarisation.after)}.
      </p>
    </section>
  );
}
