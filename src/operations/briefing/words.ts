/**
 * The fixed words of a briefing: how each arrow reads, the banner of a hypothetical briefing, and
 * the coder's bookkeeping tag taken off an event's summary before it is prose.
 */
import { plainSummary, type ScenarioMark } from '../../model/index.js';
import type { Arrow } from './arrow.js';
import { longDate } from './names.js';

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

/** What a claim's expectation asks of the figure, as a clause. */
function implied(expect: string, value?: string): string {
  switch (expect) {
    case 'positive':
      return 'a positive figure';
    case 'negative':
      return 'a negative figure';
    case 'rises':
      return 'a rise';
    case 'falls':
      return 'a fall';
    case 'above':
      return `more than ${value}`;
    case 'below':
      return `less than ${value}`;
    case 'exists':
      return 'that such a route exists';
    case 'none':
      return 'that no such route exists';
    default:
      return [expect, value].filter(Boolean).join(' ');
  }
}

/**
 * A claim's key figures (the claims engine's one-line form, "X tie 1.632 (2023-06) → -1.988 (2025);
 * expected rises", several joined by " | ") as a briefing's prose: dates in words, figures to two
 * decimals with a true minus, "from … to …", and what the claim would need said plainly.
 */
export function plainKey(key: string): string {
  return key
    .split(' | ')
    .map((part) =>
      part
        .replace(/\((\d{4}-\d{2}(?:-\d{2})?)\)/g, (_, date: string) => `(${longDate(date)})`)
        .replace(/(?<![\w.])-?\d+\.\d{3,}/g, (x) => {
          const n = Number(x);
          return n < 0 ? `−${Math.abs(n).toFixed(2)}` : n.toFixed(2);
        })
        .replace(/(\S+ \([^)]+\)) → (\S+ \([^)]+\))/, 'from $1 to $2')
        .replace(
          /; expected (\w+)(?: (-?[\d.]+))?$/,
          (_, e: string, v?: string) => `, where the claim needs ${implied(e, v)}`,
        ),
    )
    .join('; ');
}
