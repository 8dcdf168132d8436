/**
 * What makes a scenario unusable beyond its shape: names the evidence does not know, changes that
 * contradict each other, and dates outside the data. Each problem names the change by its path
 * (`changes.2.segment`), so a loader can say file, field and what is wrong, and nothing of a
 * scenario with a problem is applied.
 */
import { changeDate, type Scenario, type ScenarioChange } from './scenario.js';
import { firstDay, lastDay } from './dates.js';

/** The ids and the span of the evidence a scenario is checked against. */
export interface ScenarioUniverse {
  actors: ReadonlySet<string>;
  events: ReadonlySet<string>;
  /** Relation ids with their interval, to tell an end before the start or after an earlier end. */
  relations: ReadonlyMap<string, { from: string; to: string | null; actors: readonly string[] }>;
  segments: ReadonlySet<string>;
  /** Ids of other records (dependencies, indicators...) that an added record's id may not reuse. */
  otherIds?: ReadonlySet<string>;
  /** Bargaining issues and the actors each has; unknown when not given (then set-position is not checked). */
  issues?: ReadonlyMap<string, { actors: ReadonlySet<string>; salienceScale: '0-1' | '0-100' }>;
  /** The first and last dates of the evidence (events and relations). */
  span: { first: string; last: string };
}

export interface ScenarioProblem {
  path: string;
  message: string;
}

/** How far past the newest evidence a scenario may look. */
export const SCENARIO_HORIZON_YEARS = 25;

/** The problems of a scenario against the evidence; empty when it can be applied. */
export function scenarioProblems(s: Scenario, u: ScenarioUniverse): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const add = (path: string, message: string): void => void problems.push({ path, message });
  const latest = `${Number(u.span.last.slice(0, 4)) + SCENARIO_HORIZON_YEARS}-12-31`;
  const outside = (date: string): string | null =>
    lastDay(date) < firstDay(u.span.first)
      ? `${date} is before the data begins (${u.span.first})`
      : firstDay(date) > latest
        ? `${date} is more than ${SCENARIO_HORIZON_YEARS} years after the newest evidence (${u.span.last})`
        : null;
  const fromProblem = outside(s.from);
  if (fromProblem) add('from', fromProblem);

  const actor = (path: string, id: string): void => {
    if (!u.actors.has(id)) add(path, `unknown actor "${id}"`);
  };
  const addedIds = new Map<string, number>();
  const dropped = new Set<string>();
  const ended = new Map<string, number>();
  const segmentDates = new Map<string, { i: number; status: string }>();
  const shares = new Map<string, number>();
  const roles = new Map<string, number>();
  const positions = new Map<string, number>();

  s.changes.forEach((c: ScenarioChange, i) => {
    const at = (field: string): string => `changes.${i}.${field}`;
    const date = changeDate(s, c);
    const when = outside(date);
    if (when && c.change === 'add-event') add(at('date'), when);
    else if (when && 'on' in c && c.on) add(at('on'), when);
    const newId = (id: string): void => {
      if (u.events.has(id) || u.relations.has(id) || u.otherIds?.has(id))
        add(at('id'), `"${id}" is already the id of a record of the evidence; a hypothetical record needs its own`);
      const first = addedIds.get(id);
      if (first !== undefined) add(at('id'), `"${id}" is also added by change ${first}`);
      else addedIds.set(id, i);
    };
    switch (c.change) {
      case 'add-event':
        newId(c.id);
        c.actor.forEach((a, k) => actor(at(`actor.${k}`), a));
        c.recipient.forEach((a, k) => actor(at(`recipient.${k}`), a));
        break;
      case 'drop-event':
        if (!u.events.has(c.event)) add(at('event'), `unknown event "${c.event}"`);
        else if (dropped.has(c.event)) add(at('event'), `event "${c.event}" is dropped twice`);
        dropped.add(c.event);
        break;
      case 'add-relation':
        newId(c.id);
        c.actors.forEach((a, k) => actor(at(`actors.${k}`), a));
        if (c.actors[0] === c.actors[1]) add(at('actors'), 'a relation joins two different actors');
        if (c.to !== null && lastDay(c.to) < firstDay(date)) add(at('to'), `ends ${c.to}, before it begins ${date}`);
        break;
      case 'end-relation': {
        const r = u.relations.get(c.relation);
        const first = ended.get(c.relation);
        if (!r) add(at('relation'), `unknown relation "${c.relation}"`);
        else if (lastDay(date) < firstDay(r.from)) add(at('on'), `ends ${date}, before the relation begins ${r.from}`);
        else if (r.to !== null && firstDay(r.to) <= firstDay(date))
          add(at('on'), `the relation already ended ${r.to} in the evidence; ending it again ${date} changes nothing`);
        if (first !== undefined) add(at('relation'), `relation "${c.relation}" is also ended by change ${first}`);
        else ended.set(c.relation, i);
        break;
      }
      case 'add-role':
      case 'end-role': {
        actor(at('actor'), c.actor);
        actor(at('of'), c.of);
        const key = `${c.actor}|${c.of}|${date}`;
        const first = roles.get(key);
        if (first !== undefined)
          add(at('of'), `change ${first} already changes ${c.actor}'s office in ${c.of} on ${date}`);
        else roles.set(key, i);
        break;
      }
      case 'set-share': {
        actor(at('from'), c.from);
        actor(at('to'), c.to);
        const key = `${c.from}|${c.to}|${c.commodity}|${date}`;
        const first = shares.get(key);
        if (first !== undefined) add(at('share'), `change ${first} already sets this share on ${date}`);
        else shares.set(key, i);
        break;
      }
      case 'set-position': {
        const issue = u.issues?.get(c.issue);
        if (u.issues && !issue) add(at('issue'), `unknown bargaining issue "${c.issue}"`);
        else if (issue && !issue.actors.has(c.actor))
          add(at('actor'), `${c.actor} is not an actor of issue "${c.issue}" (it has ${[...issue.actors].join(', ')})`);
        if (issue?.salienceScale === '0-1' && c.salience !== undefined && c.salience > 1)
          add(at('salience'), `salience ${c.salience} is above 1, the top of issue "${c.issue}"'s 0–1 scale`);
        const key = `${c.issue}|${c.actor}`;
        const first = positions.get(key);
        if (first !== undefined) add(at('actor'), `change ${first} already sets ${c.actor}'s stance on "${c.issue}"`);
        else positions.set(key, i);
        break;
      }
      case 'set-segment': {
        if (!u.segments.has(c.segment)) add(at('segment'), `unknown segment "${c.segment}"`);
        const key = `${c.segment}|${firstDay(date)}`;
        const first = segmentDates.get(key);
        if (first && first.status !== c.status)
          add(at('status'), `change ${first.i} sets segment "${c.segment}" ${first.status} on the same date`);
        else if (!first) segmentDates.set(key, { i, status: c.status });
        break;
      }
    }
  });
  // An added event that a drop names, or a relation both added and ended, is a contradiction too.
  s.changes.forEach((c, i) => {
    if (c.change === 'drop-event' && addedIds.has(c.event))
      add(`changes.${i}.event`, `event "${c.event}" is added by change ${addedIds.get(c.event)} and dropped here`);
  });
  return problems;
}
