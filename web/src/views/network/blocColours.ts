/**
 * Stable bloc colours. Bloc numbers from the engine are arbitrary labels that change from one date to
 * the next; a bloc is coloured by the first "anchor" actor it contains, so Russia's bloc keeps its
 * colour as the slider moves.
 */
const ANCHORS: [string, string][] = [
  ['RUS', '#b35806'],
  ['ARM', '#1b9e77'],
  ['AZE', '#d4a017'],
  ['GEO', '#7570b3'],
  ['TUR', '#e7298a'],
  ['IRN', '#66a61e'],
  ['USA', '#386cb0'],
  ['EU', '#1f78b4'],
  ['SUN', '#a6761d'],
  ['NATO', '#6a3d9a'],
];
const SPARE = ['#999999', '#8dd3c7', '#cab2d6', '#80b1d3', '#fdb462', '#bebada', '#fb9a99', '#b3de69'];

export interface BlocColour {
  bloc: number;
  colour: string;
  anchor: string | null;
  members: string[];
}

/** Colours of the blocs of these nodes; a node without a bloc (null) has none. */
export function blocColours(nodes: readonly { id: string; bloc: number | null }[]): Map<number, BlocColour> {
  const members = new Map<number, string[]>();
  for (const n of nodes) if (n.bloc !== null) members.set(n.bloc, [...(members.get(n.bloc) ?? []), n.id]);
  const blocs = [...members.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  const used = new Set<string>();
  const out = new Map<number, BlocColour>();
  let spare = 0;
  for (const [bloc, ids] of blocs) {
    const anchor = ANCHORS.find(([a, c]) => !used.has(c) && ids.includes(a));
    const colour = anchor ? anchor[1] : SPARE[spare++ % SPARE.length]!;
    used.add(colour);
    out.set(bloc, { bloc, colour, anchor: anchor ? anchor[0] : null, members: ids.sort() });
  }
  return out;
}
