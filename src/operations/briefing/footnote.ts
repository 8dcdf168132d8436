/**
 * The footnote under each entry: the arrow's inputs in words and figures, so a reader can redo the
 * rule (arrow.ts, docs/briefing.md) from what is printed.
 */
import type { z } from 'zod';
import type { BriefEntry } from '../../contracts/brief.js';
import { signed } from './names.js';

type Entry = z.output<typeof BriefEntry>;

const sig = (n: number): string => (n > 0 ? '+1' : n < 0 ? '−1' : '0');

export function arrowFootnote(e: Entry, periodWord: string): string {
  const i = e.inputs;
  return [
    `Arrow: records new in the period moved the ties by ${signed(i.tieChange)} net and ${i.tieMovement} either way (${i.tiesMoved} tie${i.tiesMoved === 1 ? '' : 's'} by 0.1 or more; signal ${sig(i.signals.ties)});`,
    `conflict events ${i.conflictEvents.now} (weight ${i.conflictIntensity.now}) against ${i.conflictEvents.before} (weight ${i.conflictIntensity.before}) in the previous ${periodWord} (signal ${sig(i.signals.conflict)});`,
    `cooperative events ${i.cooperationEvents.now} (weight ${i.cooperationIntensity.now}) against ${i.cooperationEvents.before} (weight ${i.cooperationIntensity.before}) (signal ${sig(i.signals.cooperation)});`,
    `score 2 × (${sig(i.signals.ties)}) + (${sig(i.signals.conflict)}) + (${sig(i.signals.cooperation)}) = ${i.score}, so ${e.arrow} (improved from +2 up, deteriorated from −2 down).`,
  ].join(' ');
}
