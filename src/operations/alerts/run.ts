/**
 * Running the alert rules (after an ingest, a review decision, an import, a watch cycle, or on
 * `orrery alert check`): read what the rules need from the store and the dataset, evaluate them with
 * the pure engine (src/analysis/alerts), post each firing to its rule's webhook, and record the rules'
 * new state and the firings in one transaction. Only the events of the actors the rules name are read
 * (curated and coded ones, never the millions of imported rows); corridor statuses and claim verdicts
 * only when a rule asks for them.
 */
import { evaluateAlerts, type AlertSnapshot } from '../../analysis/alerts/evaluate.js';
import { findRoutes, statusAt } from '../../corridors/index.js';
import { loadTransportNetwork } from '../../dataset/transport.js';
import { corridorStatusAt, type AlertFiring, type AlertRule } from '../../model/index.js';
import type { Store } from '../../store/store.js';
import { evaluateClaims, type Router } from '../claims/index.js';
import { deliver } from './webhook.js';

export interface AlertRunOptions {
  now?: Date;
  /** The dataset directory, for network segments and route claims. */
  dataDir?: string;
  /** Post firings to webhooks (default true). */
  deliver?: boolean;
  /** Evaluate only these rules. */
  only?: string[];
}

export interface AlertRun {
  evaluated: number;
  firings: AlertFiring[];
  /** Milliseconds spent reading the store, evaluating, delivering and writing. */
  ms: { read: number; evaluate: number; deliver: number; write: number };
}

/** What the rules need, read from the store (and the dataset directory). */
export async function alertSnapshot(
  store: Store,
  rules: readonly AlertRule[],
  dataDir?: string,
  now = new Date(),
): Promise<AlertSnapshot> {
  const actors = new Set<string>();
  let corridors = false;
  const claims = new Set<string>();
  for (const r of rules) {
    const c = r.condition;
    if (c.kind === 'tie' || c.kind === 'series') actors.add(c.a).add(c.b);
    else if (c.kind === 'events') actors.add(c.actor);
    else if (c.kind === 'corridor') corridors = true;
    else claims.add(c.claim);
  }
  const events = actors.size ? await store.listEvents({ actor: [...actors], origin: ['curated', 'coded'] }) : [];
  const day = now.toISOString().slice(0, 10);
  const statuses = new Map<string, string | null>();
  let router: Router | undefined;
  if (corridors || claims.size) {
    for (const c of await store.listCorridors()) statuses.set(c.id, corridorStatusAt(c, day));
    if (dataDir) {
      const { network, problems } = loadTransportNetwork(dataDir);
      if (!problems.length) {
        for (const s of network.segments) statuses.set(s.id, statusAt(s, day));
        router = (from, to, q) => findRoutes(network, from, to, q);
      }
    }
  }
  const ties = rules.some((r) => r.condition.kind === 'tie');
  const relations = ties ? await store.listRelations() : [];
  const actorRecords = ties ? await store.listActors() : [];
  const verdicts = new Map<string, string>();
  if (claims.size) {
    const wanted = (await store.listClaims()).filter((c) => claims.has(c.id));
    const data = {
      events: await store.listEvents({ origin: ['curated', 'coded'] }),
      relations: await store.listRelations(),
      indicators: await store.listIndicators(),
      dependencies: await store.listDependencies(),
      actors: await store.listActors(),
    };
    for (const r of evaluateClaims(wanted, data, router)) verdicts.set(r.id, r.verdict);
  }
  return { events, relations, actors: actorRecords, statuses, verdicts };
}

/** Evaluate the rules, deliver and record what fired. */
export async function runAlerts(store: Store, o: AlertRunOptions = {}): Promise<AlertRun> {
  const now = o.now ?? new Date();
  const t0 = performance.now();
  let rules = await store.listAlertRules();
  if (o.only) rules = rules.filter((r) => o.only!.includes(r.id));
  const ms = { read: 0, evaluate: 0, deliver: 0, write: 0 };
  if (!rules.length) return { evaluated: 0, firings: [], ms };
  const snap = await alertSnapshot(store, rules, o.dataDir, now);
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
