/** Networks for the corridors benchmark: the shipped one grown to 100 places, and a 10×10 grid. */
import { Place, Segment, type TransportNetwork } from '../../src/model/transport.js';

const REF = { title: 'benchmark fixture' };

function segment(id: string, from: Place, to: Place, km: number): Segment {
  return Segment.parse({
    id,
    name: id,
    from: from.id,
    to: to.id,
    mode: 'road',
    length: { basis: 'cited', km, reference: REF },
    status: [{ status: 'operational', from: '2000', reference: REF }],
    countries: [from.country],
  });
}

/** A rows × cols grid of places 50 km apart, each joined to its right and lower neighbour. */
export function grid(rows: number, cols: number): TransportNetwork {
  const places: Place[] = [];
  const segments: Segment[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++)
      places.push(
        Place.parse({
          id: `p${r}-${c}`,
          name: `P${r}-${c}`,
          lat: 40 + r * 0.45,
          lon: 40 + c * 0.6,
          kind: 'city',
          country: 'AAA',
        }),
      );
  }
  const at = (r: number, c: number): Place => places[r * cols + c] as Place;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (c + 1 < cols) segments.push(segment(`h${r}-${c}`, at(r, c), at(r, c + 1), 50));
      if (r + 1 < rows) segments.push(segment(`v${r}-${c}`, at(r, c), at(r + 1, c), 50));
    }
  }
  return { places, segments, corridors: [] };
}

/** The shipped network plus hub places joined to existing ones, up to exactly 100 places. */
export function hundredPlaces(net: TransportNetwork): TransportNetwork {
  const places = [...net.places];
  const segments = [...net.segments];
  for (let i = 0; places.length < 100; i++) {
    const near = net.places[(i * 7) % net.places.length] as Place;
    const hub = Place.parse({
      id: `hub-${i}`,
      name: `Hub ${i}`,
      lat: near.lat + 0.1,
      lon: near.lon + 0.1,
      kind: 'junction',
      country: near.country,
    });
    places.push(hub);
    segments.push(segment(`hub-link-${i}`, hub, near, 15));
  }
  return { places, segments, corridors: net.corridors };
}

export function allPairs(places: Place[]): Array<[Place, Place]> {
  const out: Array<[Place, Place]> = [];
  for (const a of places) for (const b of places) if (a !== b) out.push([a, b]);
  return out;
}
