/** `orrery series A B`: cooperation and conflict between two actors by month, quarter or year. */
import type { Command } from 'commander';
import { seriesAnalysis } from '../../operations/analyses/series.js';
import { registerAnalysis } from '../analysis-command.js';
import { table } from '../output.js';

export function register(program: Command): void {
  registerAnalysis(program, seriesAnalysis, (r) => {
    const rows = r.buckets.map((b) => [
      b.bucket,
      b.counts['verbal-cooperation'],
      b.counts['material-cooperation'],
      b.counts['verbal-conflict'],
      b.counts['material-conflict'],
      b.intensity.toFixed(1),
      b.events
        .slice(0, 4)
        .map((e) => e.id)
        .join(', ') + (b.events.length > 4 ? ` +${b.events.length - 4}` : ''),
    ]);
    return `${r.a}–${r.b} by ${r.granularity}: ${r.totals.events} events, summed intensity ${r.totals.intensity.toFixed(1)}\n${table(['bucket', 'verb. coop', 'mat. coop', 'verb. confl', 'mat. confl', 'intensity', 'events'], rows)}`;
  });
}
