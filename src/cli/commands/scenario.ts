/**
 * `orrery scenario list` and `orrery scenario diff ID --at DATE`: the scenario files, and what one
 * changes against the evidence alone across the engines. Every analysis, `route`, `corridors
 * impact` and `claims` also take `--scenario ID`.
 */
import type { Command } from 'commander';
import { scenarioDiffOperation } from '../../operations/scenarios/diff.js';
import { scenariosOperation } from '../../operations/scenarios/list.js';
import { registerOperation } from '../operation-command.js';
import { table } from '../output.js';

const fig = (x: number | null): string => (x === null ? '—' : x.toFixed(3));
const km = (x: number | null): string => (x === null ? 'none' : `${Math.round(x)} km`);

export function register(program: Command): void {
  const scenario = program
    .command('scenario')
    .description('hypothetical changes over the evidence: list them, and see what one changes');
  registerOperation(scenario, scenariosOperation, {
    name: 'list',
    table: (rows) =>
      rows
        .map((s) =>
          [
            `${s.id}${s.usable ? '' : '  (NOT USABLE)'}: ${s.title ?? '(unreadable)'}${s.from ? `, from ${s.from}` : ''}`,
            ...s.changes.map((c) => `  - ${c.on}: ${c.what}`),
            ...s.problems.map((p) => `  ! ${p}`),
          ].join('\n'),
        )
        .join('\n\n') || 'no scenarios',
  });
  registerOperation(scenario, scenarioDiffOperation, {
    name: 'diff',
    table: (d) => {
      const parts = [
        `What it changes at ${d.at}, against the evidence alone:`,
        d.ties.length
          ? table(
              ['tie', 'change', 'before', 'after', 'delta', ''],
              d.ties.map((t) => [
                `${t.a}–${t.b}`,
                t.change === 'strengthens' || t.change === 'weakens'
                  ? `${t.change} (${(t.after ?? 0) < 0 ? 'hostile' : 'friendly'})`
                  : t.change,
                fig(t.before),
                fig(t.after),
                fig(t.delta),
                t.hypothetical ? 'hypothetical' : '',
              ]),
            )
          : 'ties: no tie moves by the threshold',
        d.blocs.moved.length
          ? table(
              ['actor', 'bloc-mates before', 'bloc-mates after'],
              d.blocs.moved.map((m) => [m.actor, m.before.join(' ') || '(alone)', m.after.join(' ') || '(alone)']),
              [14, 50, 50],
            )
          : 'blocs: no actor changes bloc',
        table(
          ['measure', 'before', 'after', 'delta'],
          (['balance', 'polarisation', 'modularity'] as const).map((k) => [
            k,
            fig(d.blocs[k].before),
            fig(d.blocs[k].after),
            fig(d.blocs[k].delta),
          ]),
        ),
        d.exposures.length
          ? table(
              ['dependent', 'supplier', 'commodity', 'before', 'after'],
              d.exposures.map((e) => [e.actor, e.supplier, e.commodity, fig(e.before), fig(e.after)]),
            )
          : 'exposures: none moves by the threshold',
        d.routes.length
          ? table(
              ['route', 'change', 'before', 'after', 'via before', 'via after'],
              d.routes.map((r) => [
                `${r.from} → ${r.to}`,
                r.change,
                km(r.beforeKm),
                km(r.afterKm),
                r.beforeVia.join(' '),
                r.afterVia.join(' '),
              ]),
            )
          : d.routePairs
            ? `routes: none of the ${d.routePairs} hub pairs changes`
            : 'routes: the scenario changes no segment',
        ...(d.issues.length
          ? [
              table(
                ['bargaining issue', 'model', 'before', 'after', 'delta'],
                d.issues.map((m) => [m.title, m.model, fig(m.before), fig(m.after), fig(m.delta)]),
              ),
            ]
          : []),
      ];
      return parts.join('\n');
    },
  });
}
