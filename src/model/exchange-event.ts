/**
 * The event exchange format (`orrery events --format jsonl`): one JSON object per line with the
 * fields other tools read. Kept stable; new fields may be added, none removed or renamed.
 */
import type { StoredEvent } from './stored-event.js';

export function exchangeEvent(e: StoredEvent): Record<string, unknown> {
  return {
    id: e.id,
    date: e.date,
    date_precision: e.date_precision,
    end_date: e.end_date,
    event_type: e.event_type,
    mode: e.mode,
    context: e.context,
    actor: e.actor,
    recipient: e.recipient,
    actor_country: e.actor_country,
    recipient_country: e.recipient_country,
    quad_class: e.quad_class,
    quad_code: e.quad_code,
    intensity: e.intensity,
    location: e.location,
    summary: e.summary,
    status: e.status,
    counter_claims: e.counter_claims,
    modality: e.modality,
    origin: e.origin.kind,
    ...(e.origin.kind === 'coded'
      ? { confidence: e.origin.confidence, rule: e.origin.rule, review: e.origin.review }
      : {}),
    ...(e.origin.kind === 'imported' ? { dataset: e.origin.dataset, external_id: e.origin.external_id } : {}),
    citations: e.citations.map((c) => ({ source: c.source, start: c.start, end: c.end, sha256: c.sha256 })),
  };
}

/** Who acted on whom, as one line: `A+B → C` (or `A+B` when no one was acted on). */
export function sides(e: { actor: readonly string[]; recipient: readonly string[] }): string {
  const who = e.actor.join('+');
  return e.recipient.length ? `${who} → ${e.recipient.join('+')}` : who;
}
