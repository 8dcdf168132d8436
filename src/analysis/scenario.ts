/**
 * A scenario over the analysis input: the evidence with the scenario's changes applied, as new
 * arrays (the evidence's arrays are never touched), and the mark every answer computed from it
 * carries. Segment changes are the corridor engine's (src/corridors/scenario.ts); here they only
 * appear in the mark.
 *
 * How each change reads:
 * - an added event is derived as the store derives events (states its actors stand for, quad class
 *   and intensity), with a `hypothetical` origin, which counts in every event filter;
 * - a dropped event is left out;
 * - an added relation runs from its `on` date; an ended relation keeps its evidence before that
 *   date and ends on it (phases after it are cut);
 * - a role added or ended changes the person's offices from its date;
 * - a share is a new point of its dependency series from its date (a later point supersedes an
 *   earlier one, model/dependency.ts), observed in the scenario.
 * Each changed or added record carries the scenario's rationale (`hypothetical`), not citations.
 */
import {
  changeDate,
  deriveEvent,
  firstDay,
  lastDay,
  type Actor,
  type Event,
  type Hypothesis,
  type Scenario,
  type ScenarioChange,
  type ScenarioMark,
} from '../model/index.js';
import type { AnalysisActor, AnalysisData, AnalysisDependency, AnalysisEvent, AnalysisRelation } from './input.js';

/** The day before a date's first day: when something ending "on" that date last held. */
function dayBefore(date: string): string {
  const d = new Date(`${firstDay(date)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** One line saying what a change does, for the mark and for tables. */
export function describeChange(c: ScenarioChange): string {
  switch (c.change) {
    case 'add-event':
      return `adds event ${c.id}: ${c.summary}`;
    case 'drop-event':
      return `drops event ${c.event}`;
    case 'add-relation':
      return `adds ${c.type} ${c.actors.join('–')} (${c.id})`;
    case 'end-relation':
      return `ends relation ${c.relation}`;
    case 'add-role':
      return `${c.actor} becomes ${c.title} of ${c.of}`;
    case 'end-role':
      return `${c.actor} leaves office in ${c.of}`;
    case 'set-share':
      return `${c.from} supplies ${Math.round(c.share * 100)}% of ${c.to}'s ${c.commodity}`;
    case 'set-segment':
      return `segment ${c.segment} becomes ${c.status}`;
    case 'set-position': {
      const parts = [
        c.position === undefined ? '' : `position ${c.position}`,
        c.salience === undefined ? '' : `salience ${c.salience}`,
        c.capability === undefined ? '' : `capability ${c.capability}`,
      ].filter(Boolean);
      return `${c.actor} on ${c.issue}: ${parts.join(', ')}`;
    }
  }
}

/** The ids of the records a scenario adds or alters. */
function changedIds(s: Scenario): string[] {
  return s.changes.flatMap((c, i) => {
    switch (c.change) {
      case 'add-event':
      case 'add-relation':
        return [c.id];
      case 'drop-event':
        return [c.event];
      case 'end-relation':
        return [c.relation];
      case 'set-share':
        return [shareId(s, i)];
      case 'set-segment':
        return [c.segment];
      case 'set-position':
        return [`${c.issue}:${c.actor}`];
      default:
        return [c.actor];
    }
  });
}

const shareId = (s: Scenario, i: number): string => `${s.id}-share-${i + 1}`;

export function scenarioMark(s: Scenario): ScenarioMark {
  return {
    id: s.id,
    title: s.title,
    hypothetical: true,
    from: s.from,
    changes: s.changes.map((c) => ({
      change: c.change,
      what: describeChange(c),
      on: changeDate(s, c),
      rationale: c.rationale,
    })),
    records: [...new Set(changedIds(s))],
  };
}

/**
 * The analysis input under a scenario. `lookup` resolves actor ids to actors (as the store does when
 * it derives an event); a change naming a record the data lacks throws, though a scenario that
 * passed `scenarioProblems` never does.
 */
export function applyScenario(
  data: AnalysisData,
  s: Scenario,
  lookup: (id: string) => Actor | undefined,
): AnalysisData {
  const because = (c: ScenarioChange): Hypothesis => ({ scenario: s.id, rationale: c.rationale });
  const dropped = new Set<string>();
  const added: AnalysisEvent[] = [];
  const relations = new Map(data.relations.map((r) => [r.id, r] as [string, AnalysisRelation]));
  const dependencies: AnalysisDependency[] = [...data.dependencies];
  const actors = new Map(data.actors.map((a) => [a.id, a] as [string, AnalysisActor]));

  s.changes.forEach((c, i) => {
    const on = changeDate(s, c);
    switch (c.change) {
      case 'add-event': {
        const event: Event = {
          id: c.id,
          date: c.date,
          end_date: null,
          actor: c.actor,
          recipient: c.recipient,
          event_type: c.event_type,
          mode: c.mode,
          context: c.context,
          modality: 'actual',
          location: null,
          summary: c.summary,
          citations: [],
          status: 'asserted',
          counter_claims: [],
          origin: { kind: 'curated' },
        };
        added.push({ ...deriveEvent(event, lookup), origin: { kind: 'hypothetical', ...because(c) } });
        break;
      }
      case 'drop-event':
        dropped.add(c.event);
        break;
      case 'add-relation':
        relations.set(c.id, {
          id: c.id,
          type: c.type,
          actors: c.actors,
          sign: c.sign,
          strength: c.strength,
          from: on,
          to: c.to,
          summary: c.summary,
          status: 'asserted',
          citations: [],
          hypothetical: because(c),
        });
        break;
      case 'end-relation': {
        const r = relations.get(c.relation);
        if (!r) throw new Error(`scenario ${s.id}: no relation "${c.relation}"`);
        const end = dayBefore(on);
        relations.set(c.relation, {
          ...r,
          to: end,
          phases: r.phases
            ?.filter((p) => firstDay(p.from) <= end)
            .map((p) => (p.to === null || lastDay(p.to) > end ? { ...p, to: end } : p)),
          hypothetical: because(c),
        });
        break;
      }
      case 'add-role':
      case 'end-role': {
        const a = actors.get(c.actor);
        if (!a) throw new Error(`scenario ${s.id}: no actor "${c.actor}"`);
        const roles = (a.roles ?? []).map((r) =>
          c.change === 'end-role' && r.of === c.of && (r.to === null || lastDay(r.to) >= firstDay(on))
            ? { ...r, to: dayBefore(on) }
            : r,
        );
        if (c.change === 'add-role') roles.push({ of: c.of, from: on, to: null });
        actors.set(c.actor, { ...a, roles });
        break;
      }
      case 'set-share':
        dependencies.push({
          id: shareId(s, i),
          from: c.from,
          to: c.to,
          commodity: c.commodity,
          share: c.share,
          period_from: on,
          period_to: null,
          basis: 'observed',
          summary: describeChange(c),
          status: 'asserted',
          citations: [],
          hypothetical: because(c),
        });
        break;
      case 'set-segment':
      case 'set-position':
        break;
    }
  });

  const events = data.events.filter((e) => !dropped.has(e.id)).concat(added);
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return {
    events,
    relations: [...relations.values()],
    indicators: data.indicators,
    dependencies,
    actors: [...actors.values()],
  };
}
