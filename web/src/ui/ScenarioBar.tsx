/**
 * The scenario control under the header, on every view: a choice between the evidence alone and each
 * usable scenario (`/api/scenarios`), kept in the URL as `scenario=`. While one is active a banner says
 * so plainly (its title, "hypothetical", its changes with their rationales) with a way back to the
 * evidence, and says whether the view in front of the user is computed under it.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { scenariosContract } from '../../../src/contracts/scenarios';
import type { ResultOf } from '../../../src/contracts/contract';
import { urlFor } from '../api/call';
import type { View } from '../url/state';
import { useApi } from './useApi';

type Scenarios = ResultOf<typeof scenariosContract>;

/** The editor is loaded when first opened: no view pays for it on its first render. */
const ScenarioEditor = lazy(() => import('./ScenarioEditor').then((m) => ({ default: m.ScenarioEditor })));

/** Views whose engines take the scenario; the others show the evidence alone. */
const UNDER_SCENARIO: readonly string[] = ['network', 'map', 'impact', 'pair', 'claims', 'briefing'];

export function ScenarioBar({
  view,
  scenario,
  onChange,
}: {
  view: View;
  scenario: string | null;
  onChange: (id: string | null) => void;
}) {
  // The list is asked for once the view has had its first requests (or at once when a scenario is in
  // force, or when the control is reached): checking the scenario files costs the server ~0.2 s cold.
  const [wanted, setWanted] = useState(!!scenario);
  useEffect(() => {
    if (wanted) return;
    const t = setTimeout(() => setWanted(true), 1200);
    return () => clearTimeout(t);
  }, [wanted]);
  const [editing, setEditing] = useState(false);
  const list = useApi<Scenarios>(wanted || scenario ? urlFor(scenariosContract, {}) : null);
  const usable = (list.data ?? []).filter((s) => s.usable);
  const active = scenario ? list.data?.find((s) => s.id === scenario) : undefined;
  return (
    <div className={`scenario-bar${scenario ? ' active' : ''}`} data-scenario={scenario ?? ''}>
      <label>
        Scenario{' '}
        <select
          name="scenario"
          value={scenario ?? ''}
          onChange={(e) => onChange(e.target.value || null)}
          onFocus={() => setWanted(true)}
          onPointerEnter={() => setWanted(true)}
        >
          <option value="">none: the evidence alone</option>
          {usable.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title ?? s.id}
            </option>
          ))}
          {scenario && !usable.some((s) => s.id === scenario) && <option value={scenario}>{scenario}</option>}
        </select>
      </label>{' '}
      <button
        type="button"
        className="new-scenario"
        aria-expanded={editing}
        onClick={() => {
          setWanted(true);
          setEditing((e) => !e);
        }}
      >
        New scenario…
      </button>
      {list.error && (
        <span className="muted small"> (the list of scenarios could not be loaded: {list.error.message})</span>
      )}
      {editing && (
        <Suspense fallback={<p className="muted small">Loading the editor…</p>}>
          <ScenarioEditor
            onSaved={(id) => {
              list.reload();
              onChange(id);
            }}
            onClose={() => setEditing(false)}
          />
        </Suspense>
      )}
      {scenario && (
        <div className="scenario-banner" role="region" aria-label="scenario in force">
          <p>
            <strong className="badge hypothetical">hypothetical</strong>{' '}
            <strong className="scenario-title">{active?.title ?? scenario}</strong>
            {active?.from && <> — from {active.from}</>}.{' '}
            {UNDER_SCENARIO.includes(view)
              ? 'This view is computed over the evidence with the changes below; what they add or alter is not evidence.'
              : 'This view shows the evidence alone: its records do not depend on a scenario.'}{' '}
            <button type="button" className="back-to-evidence" onClick={() => onChange(null)}>
              Back to the evidence
            </button>
          </p>
          {active && !active.usable && (
            <p className="error">This scenario has problems and is not applied: {active.problems.join('; ')}</p>
          )}
          {list.data && !active && <p className="error">No scenario "{scenario}" on the server.</p>}
          {active && active.changes.length > 0 && (
            <details>
              <summary>
                Its {active.changes.length} change{active.changes.length === 1 ? '' : 's'}, each with its rationale
              </summary>
              <ul>
                {active.changes.map((c, i) => (
                  <li key={i}>
                    <span className="muted">{c.on}</span> {c.what}. <em>{c.rationale}</em>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
    </div>
  );
}
