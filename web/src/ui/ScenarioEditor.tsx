/**
 * Writing a scenario in the web app and saving it (POST /api/scenarios, which writes the reviewable
 * file scenarios/ID.yaml in the server's dataset folder). The fields of each change come from the
 * model's description of a change (scenario-form.ts). The draft is checked against the model before
 * it is sent, and the server checks it against the evidence (unknown actors, segments or relations,
 * contradictory changes, dates outside the data); every problem is listed with where it is, and
 * nothing is saved until there are none. Saved, the scenario is put in force at once.
 */
import { useMemo, useState } from 'react';
import { bargainingIssuesContract } from '../../../src/contracts/forecast/bargaining';
import { networkGeoContract, relationsContract } from '../../../src/contracts/reads/index';
import type { ResultOf } from '../../../src/contracts/contract';
import type { ScenarioChangeKind } from '../../../src/model/scenario';
import { SCENARIO_CHANGES } from '../../../src/model/scenario';
import { idFromText } from '../../../src/model/ids';
import { actorNames, normName } from '../../../src/model/names';
import { urlFor } from '../api/call';
import { ApiError, forget, write } from '../api/client';
import { useActors } from './actors';
import { eventTypeName, wordsOf } from './names';
import {
  CHANGE_FIELDS,
  CHANGE_WORDS,
  checkDraft,
  placeOf,
  type Draft,
  type DraftChange,
  type Field,
  type Problem,
} from './scenario-form';
import { useApi } from './useApi';

type Relations = ResultOf<typeof relationsContract>;
type Geo = ResultOf<typeof networkGeoContract>;
type Issues = ResultOf<typeof bargainingIssuesContract>;

const EMPTY: Draft = { id: '', title: '', description: '', from: '', changes: [] };

function optionLabel(f: Field, o: string | number): string {
  if (f.key === 'event_type') return eventTypeName(String(o));
  if (f.key === 'sign') return o === 1 ? 'friendly (+1)' : 'hostile (−1)';
  return wordsOf(String(o));
}

function FieldInput({
  f,
  value,
  onChange,
  listId,
}: {
  f: Field;
  value: string;
  onChange: (v: string) => void;
  listId: string | undefined;
}) {
  const common = {
    value,
    required: f.required,
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
  };
  switch (f.kind) {
    case 'long-text':
      return <textarea rows={2} {...common} />;
    case 'choice':
      return (
        <select {...common}>
          <option value="">{f.required ? 'choose…' : '(none)'}</option>
          {f.options!.map((o) => (
            <option key={String(o)} value={String(o)}>
              {optionLabel(f, o)}
            </option>
          ))}
        </select>
      );
    case 'number':
      return <input type="number" step="any" min={f.min} max={f.max} {...common} />;
    case 'actors':
      return <input type="text" placeholder="names, comma-separated" list="scenario-actors" {...common} />;
    case 'actor':
      return <input type="text" placeholder="a name" list="scenario-actors" {...common} />;
    case 'list':
      return (
        <input
          type="text"
          placeholder={f.items ? `comma-separated: ${f.items.slice(0, 4).join(', ')}…` : 'comma-separated'}
          {...common}
        />
      );
    case 'date':
      return <input type="text" inputMode="numeric" placeholder="YYYY-MM-DD" {...common} />;
    default:
      return <input type="text" {...(listId ? { list: listId } : {})} {...common} />;
  }
}

export function ScenarioEditor({ onSaved, onClose }: { onSaved: (id: string) => void; onClose: () => void }) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [idEdited, setIdEdited] = useState(false);
  const [kind, setKind] = useState<ScenarioChangeKind>('set-segment');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [replace, setReplace] = useState(false);
  const { actors } = useActors();
  const relations = useApi<Relations>(urlFor(relationsContract, {}));
  const geo = useApi<Geo>(urlFor(networkGeoContract, { scenario: undefined }));
  const issues = useApi<Issues>(urlFor(bargainingIssuesContract, {}));

  const lookup = useMemo(() => {
    const byName = new Map<string, string>();
    for (const a of actors)
      for (const n of actorNames(a)) if (!byName.has(normName(n.name))) byName.set(normName(n.name), a.id);
    return (typed: string) => byName.get(normName(typed)) ?? typed.trim();
  }, [actors]);

  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setProblems([]);
    setSaved(null);
  };
  const setChange = (i: number, key: string, v: string) =>
    set({
      changes: draft.changes.map((c, j) => (j === i ? { ...c, values: { ...c.values, [key]: v } } : c)),
    });

  const save = async () => {
    const checked = checkDraft(draft, lookup);
    if (!checked.scenario) return setProblems(checked.problems);
    setSaving(true);
    try {
      const path = `/api/scenarios${replace ? '?replace=true' : ''}`;
      const r = await write<{ id: string; file: string }>('POST', path, checked.scenario);
      forget('/api/scenarios');
      setSaved(r.file);
      onSaved(r.id);
    } catch (e) {
      if (e instanceof ApiError && Array.isArray(e.details) && e.details.length)
        setProblems(
          (e.details as Array<{ field?: string; message: string }>).map((p) => ({
            where: p.field ?? '',
            message: p.message,
          })),
        );
      else if (e instanceof ApiError && e.status === 401)
        setProblems([
          { where: '', message: `${e.message}: this server needs the write token (Ingest view, "Write token").` },
        ]);
      else setProblems([{ where: '', message: e instanceof Error ? e.message : String(e) }]);
    } finally {
      setSaving(false);
    }
  };

  const segments = (geo.data?.features ?? [])
    .map((f) => f.properties as { id?: string; name?: string })
    .filter((p) => p.id);
  const lists: Record<string, string | undefined> = {
    relation: 'scenario-relations',
    segment: 'scenario-segments',
    issue: 'scenario-issues',
  };

  return (
    <section className="scenario-editor" aria-label="new scenario">
      <h2>New scenario</h2>
      <p className="muted small">
        A scenario supposes changes to the evidence from a date on. It is saved as a reviewable file in the dataset's{' '}
        <code>scenarios/</code> folder; its records are marked hypothetical wherever they show and never mix with the
        evidence.
      </p>
      <div className="scenario-editor-grid">
        <label>
          Title
          <input
            type="text"
            name="scenario-title"
            value={draft.title}
            onChange={(e) => set({ title: e.target.value, ...(idEdited ? {} : { id: idFromText(e.target.value) }) })}
          />
        </label>
        <label>
          Id (file name)
          <input
            type="text"
            name="scenario-id"
            value={draft.id}
            onChange={(e) => {
              setIdEdited(true);
              set({ id: e.target.value });
            }}
          />
        </label>
        <label>
          From (date)
          <input
            type="text"
            name="scenario-from"
            placeholder="YYYY-MM-DD"
            value={draft.from}
            onChange={(e) => set({ from: e.target.value })}
          />
        </label>
        <label className="wide">
          What it supposes
          <textarea
            rows={2}
            name="scenario-description"
            value={draft.description}
            onChange={(e) => set({ description: e.target.value })}
          />
        </label>
      </div>
      <ol className="scenario-editor-changes">
        {draft.changes.map((c: DraftChange, i) => (
          <li key={i} data-change={c.change}>
            <div className="change-head">
              <strong>{CHANGE_WORDS[c.change]}</strong>{' '}
              <button
                type="button"
                className="link"
                aria-label={`remove change ${i + 1}`}
                onClick={() => set({ changes: draft.changes.filter((_, j) => j !== i) })}
              >
                remove
              </button>
            </div>
            <div className="scenario-editor-grid">
              {CHANGE_FIELDS[c.change].map((f) => (
                <label key={f.key} className={f.kind === 'long-text' ? 'wide' : undefined}>
                  {f.label}
                  {f.required ? '' : ' (optional)'}
                  <FieldInput
                    f={f}
                    value={c.values[f.key] ?? ''}
                    onChange={(v) => setChange(i, f.key, v)}
                    listId={f.pick ? lists[f.pick] : undefined}
                  />
                  {f.hint && <span className="muted small">{f.hint}</span>}
                </label>
              ))}
            </div>
          </li>
        ))}
      </ol>
      <div className="scenario-editor-add">
        <label>
          Add a change:{' '}
          <select name="change-kind" value={kind} onChange={(e) => setKind(e.target.value as ScenarioChangeKind)}>
            {SCENARIO_CHANGES.map((k) => (
              <option key={k} value={k}>
                {CHANGE_WORDS[k]}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" onClick={() => set({ changes: [...draft.changes, { change: kind, values: {} }] })}>
          Add
        </button>
      </div>
      {problems.length > 0 && (
        <div className="error" role="alert">
          <p>Not saved. Fix these first:</p>
          <ul className="scenario-problems">
            {problems.map((p, i) => (
              <li key={i}>
                <strong>{placeOf(p.where)}</strong>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {saved && (
        <p className="ok" role="status">
          Saved as <code>{saved}</code>; it is now in force.
        </p>
      )}
      <p className="scenario-editor-actions">
        <label className="small">
          <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} /> replace a scenario
          with the same id
        </label>{' '}
        <button type="button" className="primary" disabled={saving} onClick={() => void save()}>
          {saving ? 'Saving…' : 'Save scenario'}
        </button>{' '}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </p>
      <datalist id="scenario-actors">
        {actors.map((a) => (
          <option key={a.id} value={a.name} />
        ))}
      </datalist>
      <datalist id="scenario-relations">
        {(relations.data ?? []).map((r) => (
          <option key={r.id} value={r.id}>
            {r.summary ?? r.type}
          </option>
        ))}
      </datalist>
      <datalist id="scenario-segments">
        {segments.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name ?? s.id}
          </option>
        ))}
      </datalist>
      <datalist id="scenario-issues">
        {(issues.data ?? []).map((s) => (
          <option key={s.id} value={s.id}>
            {s.title}
          </option>
        ))}
      </datalist>
    </section>
  );
}
