/**
 * Joining the network's corridors to the dataset's Corridor records: by id, else by a shared name
 * (case-, accent- and punctuation-insensitive), so "TRIPP" or "Lachin corridor" meet whatever id
 * the record was given.
 */
import type { Corridor } from '../model/corridor.js';
import type { TransportCorridor } from '../model/transport.js';
import { normalizeName } from './places.js';

export function matchRecord(c: TransportCorridor, records: readonly Corridor[]): Corridor | undefined {
  const byId = records.find((r) => r.id === c.id);
  if (byId) return byId;
  const mine = new Set([c.id, c.name, ...c.aliases].map(normalizeName));
  return records.find((r) => r.names.some((n) => mine.has(normalizeName(n.name))));
}
