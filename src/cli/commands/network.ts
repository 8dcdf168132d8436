/** `orrery network --at DATE`: the alignment network at a date, its ties and what makes each. */
import type { Command } from 'commander';
import { networkAnalysis } from '../../operations/analyses/network.js';
import { num, registerAnalysis } from '../analysis-command.js';
import { table } from '../output.js';

export function register(program: Command): void {
  registerAnalysis(program, networkAnalysis, (r) => {
    const head = `Alignment network at ${r.date}: ${r.nodes.length} actors, ${r.edges.length} ties, ${new Set(r.nodes.map((n) => n.bloc)).size} blocs (modularity ${num(r.modularity)})`;
    const bloc = new Map(r.nodes.map((n) => [n.id, n.bloc]));
    const rows = [...r.edges]
      .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight))
      .map((e) => [
        `${e.source}–${e.target}`,
        num(e.weight),
        `${bloc.get(e.source)}/${bloc.get(e.target)}`,
        `${e.sources.length} src, ${e.relationCount} rel, ${e.eventCount} ev`,
        e.contributions
          .slice(0, 3)
          .map((c) => `${c.id} (${num(c.weight, 2)})`)
          .join(', '),
      ]);
    return `${head}\n${table(['tie', 'weight', 'blocs', 'evidence', 'strongest contributions'], rows, [22, 9, 7, 20, 70])}`;
  });
}
