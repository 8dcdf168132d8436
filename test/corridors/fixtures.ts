/** Shared test inputs: the shipped network, and a small hand-made network whose answers are known. */
import { fileURLToPath } from 'node:url';
import { loadTransportNetwork } from '../../src/dataset/transport.js';
import { TransportCorridor, Place, Segment, type TransportNetwork } from '../../src/model/transport.js';

export const DATA_DIR = fileURLToPath(new URL('../../data/caucasus', import.meta.url));

let shipped: TransportNetwork | undefined;

/** The network in data/caucasus/network, loaded once. */
export function shippedNetwork(): TransportNetwork {
  if (!shipped) {
    const { network, problems } = loadTransportNetwork(DATA_DIR);
    if (problems.length) throw new Error(`shipped network has problems: ${JSON.stringify(problems.slice(0, 3))}`);
    shipped = network;
  }
  return shipped;
}

const REF = { title: 'test fixture' };

export function place(id: string, country: string, lat: number, lon: number, border?: [string, string]): Place {
  return Place.parse({
    id,
    name: id.toUpperCase(),
    lat,
    lon,
    kind: border ? 'border-crossing' : 'city',
    country,
    ...(border ? { border } : {}),
  });
}

/** A segment with a cited length (so km are exact) and one status change. */
export function seg(
  id: string,
  from: string,
  to: string,
  km: number,
  countries: string[],
  extra: Record<string, unknown> = {},
): Segment {
  return Segment.parse({
    id,
    name: id,
    from,
    to,
    mode: 'road',
    length: { basis: 'cited', km, reference: REF },
    status: [{ status: 'operational', from: '2000', reference: REF }],
    countries,
    ...extra,
  });
}

/**
 * The toy network. O and D lie in AAA. The old road runs O – M – D into BBB and back (100 + 100 km,
 * each segment crossing one border, so half its km count in each state).
 * The corridor "short" is a planned road O – X – D through CCC (60 + 60 km), with a spur X – F
 * (30 km). E hangs off D by a 10 km road, so it is reached either way; F only by the spur, so
 * O → F is cut off without the corridor.
 */
export function toyNetwork(): TransportNetwork {
  const places = [
    place('o', 'AAA', 40, 40),
    place('m', 'BBB', 40, 41),
    place('d', 'AAA', 40, 42),
    place('e', 'AAA', 40.1, 42.1),
    place('x', 'CCC', 39.5, 41),
    place('f', 'AAA', 39, 41),
  ];
  const planned = { status: [{ status: 'planned', from: '2020', reference: REF }] };
  const segments = [
    seg('o-m', 'o', 'm', 100, ['AAA', 'BBB']),
    seg('m-d', 'm', 'd', 100, ['BBB', 'AAA']),
    seg('d-e', 'd', 'e', 10, ['AAA']),
    seg('o-x', 'o', 'x', 60, ['AAA', 'CCC'], { ...planned, corridors: ['short'] }),
    seg('x-d', 'x', 'd', 60, ['CCC', 'AAA'], { ...planned, corridors: ['short'] }),
    seg('x-f', 'x', 'f', 30, ['CCC', 'AAA'], { ...planned, corridors: ['short'] }),
  ];
  const corridors = [
    TransportCorridor.parse({
      id: 'short',
      name: 'Short cut',
      aliases: ['the short cut'],
      summary: 'A planned road through CCC.',
      pairs: [
        ['o', 'd'],
        ['o', 'f'],
      ],
    }),
  ];
  return { places, segments, corridors };
}
