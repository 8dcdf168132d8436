/**
 * A composite capability index after the Correlates of War project's CINC (Composite Index of
 * National Capability):
 *   J. D. Singer, S. Bremer & J. Stuckey (1972), "Capability distribution, uncertainty, and major
 *   power war, 1820–1965", in B. Russett (ed.), Peace, War, and Numbers;
 *   Correlates of War National Material Capabilities data documentation, v6.0 (2021).
 *
 * For each component (military expenditure, military personnel, iron and steel production, primary
 * energy consumption, total and urban population) an actor's share of the system total is its value
 * divided by the sum over the actors of the system that have a value; the index is the mean of the
 * shares the actor has. As in CoW, a missing component is left out of the mean, never counted as zero,
 * and an actor with no component at all has no index (null). Each component reads the latest figure
 * of the first metric of its alias list that the actor has.
 */
import type { AnalysisIndicator } from './input.js';
import { latestFigure, type Figure } from './indicator-values.js';

/** CINC's six components and the metric names (in order of preference) that stand for each. */
export const CINC_COMPONENTS: Record<string, readonly string[]> = {
  milex: ['military_budget', 'military_expenditure', 'military_spending', 'defence_budget', 'defense_budget'],
  milper: ['military_personnel', 'armed_forces', 'active_personnel', 'active_troops'],
  irst: ['iron_steel_production', 'steel_production'],
  pec: ['primary_energy_consumption', 'energy_consumption'],
  tpop: ['population', 'total_population'],
  upop: ['urban_population'],
};

export interface ComponentValue extends Figure {
  /** Share of the system total, 0..1. */
  share: number;
}

export interface CapabilityRow {
  id: string;
  index: number | null;
  available: number;
  components: Record<string, ComponentValue | null>;
}

export interface CincOptions {
  /** CINC component keys (milex, tpop...) or metric names. */
  components: readonly string[];
  /** The actors whose totals make the system. */
  system: readonly string[];
  day: string;
  maxAgeYears: number;
}

export const metricsOf = (component: string): readonly string[] => CINC_COMPONENTS[component] ?? [component];

/** The index of every actor of the system, with the notes on what had to be left out. */
export function cinc(
  indicators: readonly AnalysisIndicator[],
  o: CincOptions,
): { rows: CapabilityRow[]; notes: string[] } {
  const notes: string[] = [];
  const rows: CapabilityRow[] = o.system.map((id) => ({ id, index: null, available: 0, components: {} }));
  for (const component of o.components) {
    const figures = rows.map((r) => latestFigure(indicators, r.id, metricsOf(component), o.day, o.maxAgeYears));
    const units = new Map<string, number>();
    for (const f of figures) if (f) units.set(f.unit, (units.get(f.unit) ?? 0) + 1);
    const unit = [...units].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    figures.forEach((f, k) => {
      if (f && f.unit !== unit) {
        notes.push(
          `${component}: ${rows[k]!.id}'s figure ${f.indicator} is in ${f.unit}, the others in ${unit}; left out`,
        );
        figures[k] = null;
      }
    });
    const total = figures.reduce((s, f) => s + (f ? f.value : 0), 0);
    figures.forEach((f, k) => {
      rows[k]!.components[component] = f && total > 0 ? { ...f, share: f.value / total } : null;
    });
  }
  for (const r of rows) {
    const shares = Object.values(r.components).flatMap((c) => (c ? [c.share] : []));
    r.available = shares.length;
    r.index = shares.length ? shares.reduce((a, b) => a + b, 0) / shares.length : null;
  }
  return { rows, notes };
}
