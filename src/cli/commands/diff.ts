/** `orrery diff DATE1 DATE2`: the ties and actors that changed most between two dates, and why. */
import type { Command } from 'commander';
import { diffAnalysis } from '../../operations/analyses/diff.js';
import { num, registerAnalysis } from '../analysis-command.js';
import { table } from '../output.js';

export function register(program: Command): void {
  registerAnalysis(program, diffAnalysis, (r) => {
    const ties = r.changes.slice(0, 25).map((c) => [
      `${c.source}–${c.target}`,
      num(c.before),
      num(c.after),
      `${c.signFlip ? 'FLIP ' : ''}${num(c.delta)}`,
      c.explanation
        .slice(0, 3)
        .map((x) => `${x.id} (${num(x.delta, 2)})`)
        .join(', '),
    ]);
    const actors = r.actors.slice(0, 15).map((a) => [
      a.id,
      num(a.change),
      `${a.blocPartnersGained.length ? `+${a.blocPartnersGained.join(' +')}` : ''} ${a.blocPartnersLost.length ? `−${a.blocPartnersLost.join(' −')}` : ''}`.trim(),
      a.ties
        .slice(0, 3)
        .map((t) => `${t.other} ${num(t.delta, 2)}`)
        .join(', '),
    ]);
    return [
      `Change from ${r.from} to ${r.to}: ties (sign flips first)`,
      table(['tie', 'before', 'after', 'change', 'explained by'], ties, [22, 9, 9, 14, 70]),
      'Actors whose position moved most',
      table(['actor', 'change', 'bloc partners', 'ties that moved'], actors, [12, 9, 40, 50]),
    ].join('\n');
  });
}
