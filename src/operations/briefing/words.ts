/** The fixed words of a briefing: how each arrow reads, and the banner of a hypothetical briefing. */
import type { ScenarioMark } from '../../model/index.js';
import type { Arrow } from './arrow.js';

export const ARROW_WORDS: Record<Arrow, { symbol: string; label: string }> = {
  deteriorated: { symbol: '▼', label: 'Deteriorated' },
  improved: { symbol: '▲', label: 'Improved' },
  unchanged: { symbol: '◆', label: 'Unchanged' },
};

export function hypotheticalNote(s: Pick<ScenarioMark, 'title' | 'changes'>): string {
  return `Hypothetical: this briefing is computed under the scenario "${s.title}", not on the evidence alone. ${s.changes.length} change${s.changes.length === 1 ? '' : 's'} assumed: ${s.changes.map((c) => c.rationale).join(' ')}`;
}
