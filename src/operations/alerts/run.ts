/**
 * Running the alert rules (after an ingest, a review decision, an import, a watch cycle, or on
 * `orrery alert check`): read what the rules need from the store and the dataset, evaluate them with
 * the pure engine (src/analysis/alerts), post each firing to its rule's webhook, and record the rules'
 * new state and the firings in one transaction. Only the events of the actors the rules name are read
 * (curated and coded ones, never the millions of imported rows); corridor statuses and claim verdicts
 * only when a rule asks for them; conflict forecasts (from the UCDP data) only for forecast rules.
 */
import { createHash } from 'node:crypto';
import { evaluateAlerts, forecastKey, type AlertSnapshot } from '../../analysis/alerts/evaluate.js';
import { eventCounts } from '../../analysis/filters.js';
import { findRoutes, statusAt } from '../../corridors/index.js';
import { loadTransportNetwork } from '../../dataset/transport.js';
import { defaultUcdpDir } from '../../dataset/ucdp.js';
import { forecastCountry } from '../../forecast/conflict/forecast.js';
import { corridorStatusAt, type AlertFiring, type AlertRule, type Relation } from '../../model/index.js';
import type { Store, StoredEvent } from '../../store/store.js';
import { evaluateClaims, type Router } from '../claims/index.js';
import { conflictPanel } from '../forecast/conflict.js';
import { deliver } from './webhook.js';

/** The events that enter a tie weight: curated, and coded ones once accepted (not pending or rejected). */
const COUNTED = {
  origins: ['curated', 'coded'] as Array<'curated' | 'coded'>,
  statuses: ['asserted', 'disputed', 'denied'] as Array<'asserted' | 'disputed' | 'denied'>,
};

export interface AlertRunOptions {
  now?: Date;
  /** The dataset directory, for network segments and route claims. */
  dataDir?: string;
  /** Post firings to webhooks (default true). */
  deliver?: boolean;
  /** Evaluate only these rules. */
  only?: string[];
  /** The UCDP folder, for forecast rules (default `defaultUcdpDir()`). */
  ucdpDir?: string;
}

export interface AlertRun {
  evaluated: number;
  firings: AlertFiring[];
  /** Milliseconds spent reading the store, evaluating, delivering and writing. */
  ms: { read: number; evaluate: number; deliver: number; write: number };
}

/**
 * The dataset's network, read once per process and directory (as OperationData reads it): its files
 * do not change under a running process, and reading them costs more than every rule together.
 */
const networks = new Map<string, ReturnType<typeof loadTransportNetwork>>();
function networkOf(dataDir: string): ReturnType<typeof loadTransportNetwork> {
  let n = networks.get(dataDir);
  if (!n) networks.set(dataDir, (n = loadTransportNetwork(dataDir)));
  return n;
}

/**
 * A fingerprint of what tie weights and claim verdicts are computed from: the events that count
 * (curated, and coded ones accepted; what of each enters a tie), the relations, and the day.
 */
function fingerprint(events: readonly StoredEvent[], relations: readonly Relation[], day: string): string {
  const h = createHash('sha256').update(day);
  for (const e of events) {
    if (!eventCounts(e, COUNTED)) continue;
    h.update(JSON.stringify(e));
  }
  for (const r of relations) h.update(JSON.stringify(r));
  return h.digest('hex').slice(0, 16);
}

/** What the rules need, read from the store (and the dataset directory). */
export async function alertSnapshot(
  store: Store,
  rules: readonly AlertRule[],
  dataDir?: string,
  now = new Date(),
  ucdpDir?: string,
): Promise<AlertSnapshot> {
  const actors = new Set<string>();
  let corridors = false;
  const claims = new Set<string>();
  for (const r of rules) {
    const c = r.condition;
    if (c.kind === 'tie' || c.kind === 'series') actors.add(c.a).add(c.b);
    else if (c.kind === 'events') actors.add(c.actor);
    else if (c.kind === 'corridor') corridors = true;
    else if (c.kind === 'claim') claims.add(c.claim);
  }
  const ties = rules.some((r) => r.condition.kind === 'tie');
  const forecastRules = rules.filter((r) => r.condition.kind === 'forecast');
  const whole = ties || claims.size > 0 || forecastRules.length > 0;
  const day = now.toISOString().slice(0, 10);
  // Ties, claims and forecasts read every event that counts (and a fingerprint of them); the other rules only their actors'.
  const events = whole
    ? await store.listEvents({ origin: ['curated', 'coded'] })
    : actors.size
      ? await store.listEvents({ actor: [...actors], origin: ['curated', 'coded'] })
      : [];
  const relations = whole ? await store.listRelations() : [];
  const basis = whole ? fingerprint(events, relations, day) : undefined;
  const statuses = new Map<string, string | null>();
  const actorRecords = await store.listActors();
  const labels = new Map<string, string>(actorRecords.map((a) => [a.id, a.name]));
  let router: Router | undefined;
  if (corridors || claims.size) {
    for (const c of await store.listCorridors()) {
      statuses.set(c.id, corridorStatusAt(c, day));
      labels.set(c.id, c.names[0]?.name ?? c.id);
    }
    if (dataDir) {
      const { network, problems } = networkOf(dataDir);
      if (!problems.length) {
        for (const s of network.segments) {
          statuses.set(s.id, statusAt(s, day));
          labels.set(s.id, s.name);
        }
        router = (from, to, q) => findRoutes(network, from, to, q);
      }
    }
  }

  const verdicts = new Map<string, string>();
  const stale = rules.filter(
    (r) => r.condition.kind === 'claim' && (r.state.basis !== basis || r.state.value === undefined),
  );
  if (stale.length) {
    const ids = new Set(stale.map((r) => (r.condition as { claim: string }).claim));
    const wanted = (await store.listClaims()).filter((c) => ids.has(c.id));
    for (const c of wanted) labels.set(c.id, c.statement);
    const data = {
      events,
      relations,
      indicators: await store.listIndicators(),
      dependencies: await store.listDependencies(),
      actors: actorRecords,
    };
    for (const r of evaluateClaims(wanted, data, router)) verdicts.set(r.id, r.verdict);
  }
  const forecasts = conflictForecasts(
    forecastRules.filter((r) => r.state.basis !== basis || r.state.value === undefined),
    events,
    ucdpDir,
  );
  return {
    events,
    relations,
    actors: ties || claims.size ? actorRecords : [],
    statuses,
    verdicts,
    forecasts,
    names: (id) => labels.get(id) ?? id.replace(/[-_]+/g, ' '),
    ...(basis ? { basis } : {}),
  };
}

/**
 * The forecast rules' figures: each country's probability of any death `horizon` months after the
 * newest month of the UCDP data (the pooled model, Orrery's conflict series as covariate, as briefings
 * show it). None without the UCDP data, or for a country it does not cover: the rule's value is then null.
 */
function conflictForecasts(
  rules: readonly AlertRule[],
  events: readonly StoredEvent[],
  ucdpDir = defaultUcdpDir(),
): Map<string, { p: number; month: string }> {
  const out = new Map<string, { p: number; month: string }>();
  if (!rules.length) return out;
  let panel;
  try {
    panel = conflictPanel(ucdpDir, events);
  } catch {
    return out;
  }
  for (const r of rules) {
    if (r.condition.kind !== 'forecast') continue;
    const { country, horizon = 1 } = r.condition;
    try {
      const m = forecastCountry(panel, country, { horizon, model: 'pooled' }).months[horizon - 1];
      if (m) out.set(forecastKey(country, horizon), { p: m.pAny, month: m.month });
    } catch {
      // a country the data do not cover: no figure
    }
  }
  return out;
}

/** Evaluate the rules, deliver and record what fired. */
export async function runAlerts(store: Store, o: AlertRunOptions = {}): Promise<AlertRun> {
  const now = o.now ?? new Date();
  const t0 = performance.now();
  let rules = await store.listAlertRules();
  if (o.only) rules = rules.filter((r) => o.only!.includes(r.id));
  const ms = { read: 0, evaluate: 0, deliver: 0, write: 0 };
  if (!rules.length) return { evaluated: 0, firings: [], ms };
  const snap = await alertSnapshot(store, rules, o.dataDir, now, o.ucdpDir);
  const t1 = performance.now();
  const outcome = evaluateAlerts(rules, snap, now.toISOString());
  const t2 = performance.now();
  const byId = new Map(rules.map((r) => [r.id, r]));
  if (o.deliver !== false)
    await Promise.all(
      outcome.firings.map(async (f) => {
        const url = byId.get(f.rule)?.webhook;
        if (url) f.delivery = await deliver(url, byId.get(f.rule)!, f);
      }),
    );
  const t3 = performance.now();
  await store.putAlertRules(outcome.rules, outcome.firings);
  const t4 = performance.now();
  return {
    evaluated: rules.length,
    firings: outcome.firings,
    ms: { read: t1 - t0, evaluate: t2 - t1, deliver: t3 - t2, write: t4 - t3 },
  };
}
