/** Ties as the network view names and draws them. */
import type { z } from 'zod';
import type { NetworkEdge as EdgeSchema } from '../../../../src/contracts/analyses/network';

type NetworkEdge = z.output<typeof EdgeSchema>;

/** `ARM--RUS`: an undirected tie, ends in code-point order as the engine gives them. */
export function edgeId(a: string, b: string): string {
  return a < b ? `${a}--${b}` : `${b}--${a}`;
}

export function edgeEnds(id: string): [string, string] | null {
  const parts = id.split('--');
  return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : null;
}

/** Line width for a weight: 1 px plus up to 7 px as |w| grows towards 3. */
export function edgeWidth(w: number): number {
  return 1 + Math.min(Math.abs(w), 3) * (7 / 3);
}

export function signed(w: number): string {
  return `${w > 0 ? '+' : w < 0 ? '−' : '±'}${Math.abs(w).toFixed(2)}`;
}

export function byStrength(edges: readonly NetworkEdge[]): NetworkEdge[] {
  return [...edges].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
}
