/** `orrery blocs --at DATE`: blocs, balance, polarisation and each actor's role. */
import type { Command } from 'commander';
import { blocsAnalysis } from '../../operations/analyses/blocs.js';
import { num, registerAnalysis } from '../analysis-command.js';
import { table } from '../output.js';

export function register(program: Command): void {
  registerAnalysis(program, blocsAnalysis, (r) => {
    const summary = `Structure at ${r.date}: balance ${num(r.balance)} over ${r.triangles} triangles, polarisation ${num(r.polarisation)}, frustration ${num(r.frustration)}, modularity ${num(r.modularity)}`;
    const blocs = r.blocs.map((b) => `  bloc ${b.bloc}: ${b.members.join(', ')}`).join('\n');
    const rows = [...r.actors]
      .sort((a, b) => b.multiVector - a.multiVector || (b.brokerage ?? 0) - (a.brokerage ?? 0))
      .map((a) => [
        a.id,
        a.bloc,
        num(a.positive, 2),
        num(a.negative, 2),
        num(a.brokerage),
        num(a.bridging, 2),
        num(a.multiVector),
        a.hostilePairs
          .slice(0, 2)
          .map((h) => `${h.a}×${h.b}`)
          .join(', '),
      ]);
    return `${summary}\n${blocs}\n${table(['actor', 'bloc', '+deg', '−deg', 'brokerage', 'bridging', 'multi-vector', 'friend of both'], rows)}`;
  });
}
