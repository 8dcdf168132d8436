/**
 * `orrery exposure ACTOR --at DATE`: what an actor depends on, and on whom. Estimates read
 * "~0.50 (estimate)", figures for unnamed years "in some years 0.40–0.60", and targets or forecasts
 * are listed in their own table as projected, never mixed into the shares.
 */
import type { Command } from 'commander';
import { exposureAnalysis } from '../../operations/analyses/exposure.js';
import type { Projection, SomeYears } from '../../analysis/exposure.js';
import { num, registerAnalysis } from '../analysis-command.js';
import { table } from '../output.js';

/** A share as read: "0.05", "~0.50 (estimate)", "— (amount only)", "—" (no figure). */
export function shareCell(share: number | null, estimate: boolean, derived = false, amount = true): string {
  if (share === null) return amount ? '— (amount only)' : '—';
  return estimate ? `~${num(share, 2)} (estimate)` : `${num(share, 2)}${derived ? ' (from amounts)' : ''}`;
}

function someYearsCell(y: SomeYears | null): string {
  if (!y) return '';
  const r = y.range
    ? y.range[0] === y.range[1]
      ? num(y.range[0], 2)
      : `${num(y.range[0], 2)}–${num(y.range[1], 2)}`
    : '—';
  return `in some years ${y.estimate ? '~' : ''}${r} (${y.dependency})`;
}

function projectionFigure(p: Projection): string {
  if (p.share !== null) return `share ${num(p.share, 2)}`;
  return p.value === null ? '—' : `${p.value}${p.unit ? ` ${p.unit}` : ''}`;
}

export function register(program: Command): void {
  registerAnalysis(program, exposureAnalysis, (r) => {
    const rows = r.byCommodity.flatMap((c) =>
      c.suppliers.map((s) => [
        c.actor,
        c.commodity,
        s.supplier,
        [
          shareCell(s.share, s.estimate, s.derived, s.someYears?.dependency !== s.dependency),
          someYearsCell(s.someYears),
        ]
          .filter(Boolean)
          .join('; '),
        s.basis,
        c.concentration === null ? '—' : `${c.estimate ? '~' : ''}${num(c.concentration, 2)}`,
        s.dependency,
      ]),
    );
    const bySupplier = r.bySupplier.map((s) => [
      s.actor,
      s.supplier,
      s.max === null ? '—' : `${s.estimate ? '~' : ''}${num(s.max, 2)}`,
      Object.entries(s.shares)
        .map(([k, v]) => `${k} ${v === null ? '—' : `${s.bases[k] === 'estimated' ? '~' : ''}${num(v, 2)}`}`)
        .join(', '),
    ]);
    const out = [
      `Dependencies in force at ${r.date}${r.actor ? ` for ${r.actor}` : ''}`,
      table(['dependent', 'commodity', 'supplier', 'share', 'basis', 'HHI', 'record'], rows),
      'Exposure by supplier',
      table(['dependent', 'supplier', 'max share', 'by commodity'], bySupplier),
    ];
    if (r.projections.length) {
      out.push(
        'Projections (targets and forecasts in their period; not counted in the shares above)',
        table(
          ['dependent', 'commodity', 'supplier', 'projected', 'period', 'in force at the date', 'record'],
          r.projections.map((p) => [
            p.target,
            p.commodity,
            p.source,
            projectionFigure(p),
            `${p.period[0]}..${p.period[1] ?? ''}`,
            p.current ? `${shareCell(p.current.share, p.current.estimate)} (${p.current.dependency})` : 'no figure',
            p.id,
          ]),
        ),
      );
    }
    if (r.byCommodity.some((c) => c.estimate))
      out.push("~ marks an estimate (the curators' or a source's), not a reported figure; HHI with ~ uses one.");
    return out.join('\n');
  });
}
