/**
 * Making an alert rule from what a user gives (`orrery alert add`): actor names resolved to ids (an
 * unknown actor is a NotFoundError naming it), segments and claims checked to exist, an id made from
 * the condition unless one is given; then stored and evaluated once, which records its baseline
 * (adding a rule reports no history as news).
 */
import { loadTransportNetwork } from '../../dataset/transport.js';
import { defaultUcdpDir, loadUcdp } from '../../dataset/ucdp.js';
import {
  AlertRule as AlertRuleSchema,
  EVENT_TYPES,
  NotFoundError,
  UsageError,
  type AlertCondition,
  type AlertRule,
} from '../../model/index.js';
import { resolveActor } from '../../store/find-actor.js';
import type { Store } from '../../store/store.js';
import { runAlerts } from './run.js';

export interface RuleSpec {
  kind: string;
  /** Actors (tie, series: two; events: one), a segment or corridor id, or a claim id. */
  targets: string[];
  below?: number;
  above?: number;
  days?: number;
  types?: string[];
  /** Forecast rules: months ahead (1 to 6, default 1). */
  horizon?: number;
  id?: string;
  webhook?: string;
}

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'rule';

function threshold(s: RuleSpec): { op: 'below' | 'above'; value: number } {
  if ((s.below === undefined) === (s.above === undefined))
    throw new UsageError(`a ${s.kind} rule needs one of --below VALUE or --above VALUE`);
  const value = (s.below ?? s.above)!;
  if (!Number.isFinite(value)) throw new UsageError('--below/--above: give a number');
  return { op: s.below !== undefined ? 'below' : 'above', value };
}

function count(s: RuleSpec, n: number, what: string): void {
  if (s.targets.length !== n) throw new UsageError(`a ${s.kind} rule names ${what} (got ${s.targets.length})`);
}

/** The condition the spec describes, with names resolved. */
export async function ruleCondition(
  store: Store,
  s: RuleSpec,
  dataDir?: string,
  ucdpDir?: string,
): Promise<AlertCondition> {
  switch (s.kind) {
    case 'tie':
    case 'series': {
      count(s, 2, 'two actors');
      const [a, b] = [await resolveActor(store, s.targets[0]!), await resolveActor(store, s.targets[1]!)];
      if (a === b) throw new UsageError(`a ${s.kind} rule names two different actors`);
      const t = threshold(s);
      if (s.kind === 'series') return { kind: 'series', a, b, ...t };
      if (s.days !== undefined && !(Number.isInteger(s.days) && s.days > 0))
        throw new UsageError('--days: give a whole number of days');
      return { kind: 'tie', a, b, ...t, ...(s.days ? { days: s.days } : {}) };
    }
    case 'events': {
      count(s, 1, 'one actor');
      const types = (s.types ?? []).map((t) => t.toUpperCase());
      const bad = types.filter((t) => !(EVENT_TYPES as readonly string[]).includes(t));
      if (bad.length) throw new UsageError(`unknown event type ${bad.join(', ')}; one of ${EVENT_TYPES.join(', ')}`);
      return {
        kind: 'events',
        actor: await resolveActor(store, s.targets[0]!),
        types: types as Array<(typeof EVENT_TYPES)[number]>,
      };
    }
    case 'corridor': {
      count(s, 1, 'one segment or corridor');
      const id = s.targets[0]!;
      const known = new Set((await store.listCorridors()).map((c) => c.id));
      if (dataDir) for (const seg of loadTransportNetwork(dataDir).network.segments) known.add(seg.id);
      if (!known.has(id)) throw new NotFoundError('segment or corridor', id, 'see `orrery corridors`');
      return { kind: 'corridor', segment: id };
    }
    case 'claim': {
      count(s, 1, 'one claim');
      const id = s.targets[0]!;
      if (!(await store.listClaims()).some((c) => c.id === id))
        throw new NotFoundError('claim', id, 'see `orrery claims`');
      return { kind: 'claim', claim: id };
    }
    case 'forecast': {
      count(s, 1, 'one country');
      const country = await resolveActor(store, s.targets[0]!);
      const t = threshold(s);
      if (t.value < 0 || t.value > 1)
        throw new UsageError('a forecast rule takes a probability: --below/--above 0 to 1');
      if (s.horizon !== undefined && !(Number.isInteger(s.horizon) && s.horizon >= 1 && s.horizon <= 6))
        throw new UsageError('--horizon: give a whole number of months from 1 to 6');
      const covered = loadUcdp(ucdpDir ?? defaultUcdpDir()).countries.map((c) => c.code);
      if (!covered.includes(country))
        throw new NotFoundError('country in the conflict forecast', country, `it covers ${covered.join(', ')}`);
      return { kind: 'forecast', country, ...t, ...(s.horizon ? { horizon: s.horizon } : {}) };
    }
    default:
      throw new UsageError(`unknown kind of rule "${s.kind}": tie, series, events, corridor, claim or forecast`);
  }
}

function idFor(c: AlertCondition): string {
  switch (c.kind) {
    case 'tie':
    case 'series':
      return slug(`${c.kind}-${c.a}-${c.b}-${c.op}-${String(c.value).replace('-', 'minus-')}`);
    case 'events':
      return slug(`events-${c.actor}${c.types.length ? `-${c.types.join('-')}` : ''}`);
    case 'corridor':
      return slug(`corridor-${c.segment}`);
    case 'claim':
      return slug(`claim-${c.claim}`);
    case 'forecast':
      return slug(`forecast-${c.country}-${c.op}-${c.value}${c.horizon ? `-h${c.horizon}` : ''}`);
  }
}

/** Store a new rule and record its baseline. */
export async function addAlertRule(
  store: Store,
  s: RuleSpec,
  o: { dataDir?: string; now?: Date; ucdpDir?: string } = {},
): Promise<AlertRule> {
  const condition = await ruleCondition(store, s, o.dataDir, o.ucdpDir);
  const id = s.id ? slug(s.id) : idFor(condition);
  if ((await store.listAlertRules()).some((r) => r.id === id))
    throw new UsageError(`a rule "${id}" exists already; remove it first or give another --id`);
  const rule = AlertRuleSchema.parse({
    id,
    condition,
    ...(s.webhook ? { webhook: s.webhook } : {}),
    added: (o.now ?? new Date()).toISOString(),
    state: {},
  });
  await store.putAlertRules([rule]);
  await runAlerts(store, { only: [id], dataDir: o.dataDir, deliver: false, now: o.now, ucdpDir: o.ucdpDir });
  return (await store.listAlertRules()).find((r) => r.id === id)!;
}
