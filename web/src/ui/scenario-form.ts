/**
 * The scenario editor's fields, generated from the model's own description of a scenario change (the
 * zod schema in src/model/scenario.ts, read through its JSON Schema) rather than written out per
 * change kind: a new kind or field in the model appears in the editor by itself. Also here: reading
 * what the user typed back into a change (numbers, lists, actors by name), and checking a whole
 * scenario against the same schema the server checks, so that mistakes are named before sending.
 */
import { z } from 'zod';
import { Scenario, ScenarioChange, SCENARIO_CHANGES, type ScenarioChangeKind } from '../../../src/model/scenario';
import { ActorId } from '../../../src/model/ids';

export type FieldKind = 'text' | 'long-text' | 'number' | 'choice' | 'list' | 'actor' | 'actors' | 'date';

export interface Field {
  key: string;
  label: string;
  kind: FieldKind;
  required: boolean;
  /** For a choice: the values, as the model names them. */
  options?: Array<string | number>;
  /** For a list: the values allowed, when the model fixes them. */
  items?: string[];
  hint?: string;
  min?: number;
  max?: number;
  /** Where the value can be picked from (a datalist the editor fills): relations, segments, issues. */
  pick?: 'relation' | 'segment' | 'issue' | 'event';
}

interface JsonProp {
  type?: string | string[];
  const?: unknown;
  enum?: Array<string | number>;
  anyOf?: JsonProp[];
  items?: JsonProp;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  description?: string;
}

const LABELS: Record<string, string> = {
  id: 'Id of the new record',
  date: 'Date',
  actor: 'Actor',
  recipient: 'Recipient',
  event_type: 'Event type',
  mode: 'Mode',
  context: 'Context',
  summary: 'Summary',
  rationale: 'Why ask this',
  event: 'Event',
  type: 'Relation type',
  actors: 'Between',
  sign: 'Sign',
  strength: 'Strength (0–1)',
  on: 'Takes effect (date)',
  to: 'Until (date)',
  relation: 'Relation',
  title: 'Office',
  of: 'Of',
  from: 'From',
  commodity: 'Commodity',
  share: 'Share (0–1)',
  segment: 'Segment',
  status: 'Status',
  issue: 'Issue',
  position: 'Position (0–100)',
  salience: 'Salience',
  capability: 'Capability',
};

/** What each change kind does, in words, for the kind picker. */
export const CHANGE_WORDS: Record<ScenarioChangeKind, string> = {
  'add-event': 'an event that has not happened',
  'drop-event': 'an event treated as not having happened',
  'add-relation': 'a relation that begins',
  'end-relation': 'a relation that ends',
  'add-role': 'a person taking an office',
  'end-role': 'a person leaving an office',
  'set-share': 'a dependency share from a date',
  'set-segment': 'a corridor segment opened, closed or built',
  'set-position': "an actor's position on a bargaining issue",
};

const DATE_KEYS = new Set(['date', 'on', 'to']);
const PICK: Record<string, Field['pick']> = {
  relation: 'relation',
  segment: 'segment',
  issue: 'issue',
  event: 'event',
};

function fieldOf(key: string, p: JsonProp, required: boolean): Field | null {
  if (p.const !== undefined) return null;
  const label = LABELS[key] ?? key.replace(/_/g, ' ');
  const base = { key, label, required, ...(p.description ? { hint: p.description } : {}) };
  const actorPattern = p.pattern === actorPatternSource;
  if (p.anyOf?.every((o) => o.const !== undefined))
    return { ...base, kind: 'choice', options: p.anyOf.map((o) => o.const as string | number) };
  if (p.enum) return { ...base, kind: 'choice', options: p.enum };
  const type = Array.isArray(p.type) ? p.type.find((t) => t !== 'null') : p.type;
  if (type === 'array') {
    if (p.items?.pattern === actorPatternSource) return { ...base, kind: 'actors' };
    return { ...base, kind: 'list', ...(p.items?.enum ? { items: p.items.enum.map(String) } : {}) };
  }
  if (type === 'number' || type === 'integer')
    return {
      ...base,
      kind: 'number',
      ...(p.minimum !== undefined ? { min: p.minimum } : {}),
      ...(p.maximum !== undefined ? { max: p.maximum } : {}),
    };
  if (actorPattern) return { ...base, kind: 'actor' };
  if (DATE_KEYS.has(key)) return { ...base, kind: 'date', hint: 'YYYY, YYYY-MM or YYYY-MM-DD' };
  if ((p.maxLength ?? 0) > 120) return { ...base, kind: 'long-text' };
  return { ...base, kind: 'text', ...(PICK[key] ? { pick: PICK[key] } : {}) };
}

const actorPatternSource = (z.toJSONSchema(ActorId) as JsonProp).pattern;

/** The fields of each change kind, in the model's order, the kind itself left out. */
export const CHANGE_FIELDS: Record<ScenarioChangeKind, Field[]> = (() => {
  const schema = z.toJSONSchema(ScenarioChange, { io: 'input', unrepresentable: 'any' }) as {
    oneOf?: Array<{ properties: Record<string, JsonProp>; required?: string[] }>;
    anyOf?: Array<{ properties: Record<string, JsonProp>; required?: string[] }>;
  };
  const out = {} as Record<ScenarioChangeKind, Field[]>;
  for (const o of schema.oneOf ?? schema.anyOf ?? []) {
    const kind = o.properties.change?.const as ScenarioChangeKind;
    const required = new Set(o.required ?? []);
    out[kind] = Object.entries(o.properties)
      .map(([k, p]) => fieldOf(k, p, required.has(k)))
      .filter((f): f is Field => f !== null);
  }
  for (const k of SCENARIO_CHANGES) out[k] ??= [];
  return out;
})();

/** What the user typed for one change: strings as typed, keyed by field. */
export interface DraftChange {
  change: ScenarioChangeKind;
  values: Record<string, string>;
}

export interface Draft {
  id: string;
  title: string;
  description: string;
  from: string;
  changes: DraftChange[];
}

/** An actor as typed: its id, or its name or an alias (any case); unknown text is left for the check to name. */
export type ActorLookup = (typed: string) => string;

/** A change as the model reads it, from what was typed: empty optional fields left out. */
export function changeOf(d: DraftChange, actor: ActorLookup): Record<string, unknown> {
  const out: Record<string, unknown> = { change: d.change };
  for (const f of CHANGE_FIELDS[d.change]) {
    const raw = (d.values[f.key] ?? '').trim();
    if (!raw) continue;
    const list = () =>
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    switch (f.kind) {
      case 'number':
        out[f.key] = Number(raw);
        break;
      case 'choice':
        out[f.key] = f.options?.find((o) => String(o) === raw) ?? raw;
        break;
      case 'list':
        out[f.key] = list();
        break;
      case 'actors':
        out[f.key] = list().map(actor);
        break;
      case 'actor':
        out[f.key] = actor(raw);
        break;
      default:
        out[f.key] = raw;
    }
  }
  return out;
}

/** The scenario the draft describes (not yet checked). */
export function scenarioOf(d: Draft, actor: ActorLookup): Record<string, unknown> {
  return {
    id: d.id.trim(),
    title: d.title.trim(),
    description: d.description.trim(),
    from: d.from.trim(),
    changes: d.changes.map((c) => changeOf(c, actor)),
  };
}

/** One thing wrong with the draft: where (as "changes.1.rationale") and what. */
export interface Problem {
  where: string;
  message: string;
}

/** A schema issue in words: an empty or missing field is "required", not zod's wording. */
function messageOf(i: z.core.$ZodIssue): string {
  if (i.code === 'too_small' && i.origin === 'string' && Number(i.minimum) === 1) return 'required';
  if (i.code === 'invalid_type' && /received undefined/.test(i.message)) return 'required';
  return i.message;
}

/** The draft checked against the model's schema, as the server will check it (the evidence checks are the server's). */
export function checkDraft(d: Draft, actor: ActorLookup): { scenario?: Scenario; problems: Problem[] } {
  const r = Scenario.safeParse(scenarioOf(d, actor));
  if (r.success) return { scenario: r.data, problems: [] };
  return {
    problems: r.error.issues.map((i) => ({ where: i.path.join('.'), message: messageOf(i) })),
  };
}

/** The scenario's own fields, as the editor labels them. */
const TOP: Record<string, string> = {
  id: 'Id (file name)',
  title: 'Title',
  description: 'What it supposes',
  from: 'From (date)',
  changes: 'Changes',
};

/** Where a problem is, in words: "change 2, Why ask this". */
export function placeOf(where: string): string {
  const m = /^changes\.(\d+)(?:\.(\w+))?/.exec(where);
  if (!m) return TOP[where] ?? (where || 'the scenario');
  const n = Number(m[1]) + 1;
  return m[2] ? `change ${n}, ${LABELS[m[2]] ?? m[2]}` : `change ${n}`;
}
