/** Finding a place by id, name or alias: case-, accent-, space- and hyphen-insensitive. */
import { NotFoundError, UsageError } from '../model/errors.js';
import type { TransportNetwork, Place } from '../model/transport.js';

export function normalizeName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ə/g, 'a')
    .toLowerCase()
    .replace(/[\s_\-–—'’.]+/g, ' ')
    .trim();
}

/** Every name a place answers to. */
export function namesOf(p: Place): string[] {
  return [p.id, p.name, ...p.aliases];
}

/** Each place's id and name, and its aliases, normalised once per network (the network is read-only). */
const normalised = new WeakMap<TransportNetwork, Map<Place, { own: string[]; aliases: string[] }>>();

function namesNormalised(net: TransportNetwork): Map<Place, { own: string[]; aliases: string[] }> {
  let m = normalised.get(net);
  if (!m) {
    m = new Map(
      net.places.map((p) => [
        p,
        { own: [normalizeName(p.id), normalizeName(p.name)], aliases: p.aliases.map(normalizeName) },
      ]),
    );
    normalised.set(net, m);
  }
  return m;
}

export function findPlace(net: TransportNetwork, query: string): Place {
  const q = normalizeName(query);
  const names = namesNormalised(net);
  const exact = net.places.filter((p) => names.get(p)!.own.includes(q));
  if (exact.length === 1) return exact[0] as Place;
  const byAlias = net.places.filter((p) => names.get(p)!.aliases.includes(q));
  if (exact.length + byAlias.length === 1) return (exact[0] ?? byAlias[0]) as Place;
  const hits = [...new Set([...exact, ...byAlias])];
  if (hits.length > 1)
    throw new UsageError(`"${query}" could mean ${hits.map((p) => `${p.name} (${p.id})`).join(', ')}: use the id`);
  const near = net.places.filter((p) =>
    namesOf(p).some((n) => normalizeName(n).includes(q) || q.includes(normalizeName(n).slice(0, 4))),
  );
  throw new NotFoundError(
    'place',
    query,
    near.length
      ? `did you mean ${near
          .slice(0, 5)
          .map((p) => p.name)
          .join(', ')}?`
      : 'see `orrery places`',
  );
}
