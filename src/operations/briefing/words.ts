/**
 * The fixed words of a briefing: how each arrow reads, the banner of a hypothetical briefing, and
 * the coder's bookkeeping tag taken off an event's summary before it is prose.
 */
import { plainSummary, type ScenarioMark } from '../../model/index.js';
import type { Arrow } from './arrow.js';

export const ARROW_WORDS: Record<Arrow, { symbol: string; label: string }> = {
  deteriorated: { symbol: '▼', label: 'Deteriorated' },
  improved: { symbol: '▲', label: 'Improved' },
  unchanged: { symbol: '◆', label: 'Unchanged' },
};

export function hypotheticalNote(s: Pick<ScenarioMark, 'title' | 'changes'>): string {
  return `Hypothetical: this briefing is computed under the scenario "${s.title}", not on the evidence alone. ${s.changes.length} change${s.changes.length === 1 ? '' : 's'} assumed: ${s.changes.map((c) => c.rationale).join(' ')}`;
}

export { plainSummary };

/**
 * A fired alert's message (analysis/alerts, written for the command line) as briefing prose: the
 * coder's tags and the list of event types dropped, figures to at most three decimals. Actor ids are
 * named by the caller (names.ts `withNames`).
 */
export function plainAlert(message: string): string {
  return plainSummary(message)
    .replace(/ \((?:[A-Z_]+)(?:, [A-Z_]+)*\)(?=[,:])/g, '')
    .replace(/-?\d+\.\d{4,}/g, (x) => String(Math.round(Number(x) * 1000) / 1000));
}
