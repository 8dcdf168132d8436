/** Hand-made analysis inputs: only the fields the engines read, with citations made up for the tests. */
import type { AnalysisEvent, AnalysisIndicator, AnalysisRelation } from '../../src/analysis/input.js';
import { codeEvent, type EventType } from '../../src/model/index.js';

export const CITE = [{ source: 'test', start: 0, end: 10, sha256: '0'.repeat(64) }];

/** An event from `a` to `b` of a PLOVER type; intensity and quad class from the model's table unless given. */
export function ev(
  id: string,
  date: string,
  a: string | string[],
  b: string | string[],
  type: EventType,
  extra: Partial<AnalysisEvent> = {},
): AnalysisEvent {
  const coded = codeEvent(type, extra.mode ?? null);
  return {
    id,
    date,
    actor_country: [a].flat(),
    recipient_country: [b].flat(),
    quad_class: coded.quad_class,
    intensity: coded.intensity,
    event_type: type,
    summary: `${type} ${a}→${b}`,
    citations: CITE,
    ...extra,
  };
}

export function rel(
  id: string,
  type: AnalysisRelation['type'],
  a: string,
  b: string,
  sign: 1 | -1,
  strength: number,
  from: string,
  to: string | null = null,
  extra: Partial<AnalysisRelation> = {},
): AnalysisRelation {
  return {
    id,
    type,
    actors: [a, b],
    sign,
    strength,
    from,
    to,
    summary: `${type} ${a}–${b}`,
    citations: CITE,
    ...extra,
  };
}

export function ind(
  id: string,
  actor: string,
  metric: string,
  value: number,
  unit: string,
  date: string,
  extra: Partial<AnalysisIndicator> = {},
): AnalysisIndicator {
  return { id, actor, metric, value, unit, date, citations: CITE, ...extra };
}

export const close = (actual: number | null | undefined, expected: number, eps = 1e-9): boolean =>
  actual !== null && actual !== undefined && Math.abs(actual - expected) <= eps * Math.max(1, Math.abs(expected));
