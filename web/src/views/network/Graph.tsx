/**
 * The alignment network drawn with cytoscape. One cytoscape instance lives as long as the view; a new
 * snapshot updates it in place (nodes and ties added, removed or restyled in one batch), so moving the
 * time slider costs a restyle, not a rebuild, and nodes keep their places. Only what changed is set:
 * cytoscape restyles (and re-rasterises the label of) every element whose data or classes are set,
 * even to the same values.
 */
import cytoscape, {
  type CollectionArgument,
  type Core,
  type ElementDefinition,
  type NodeSingular,
  type SingularElementArgument,
  type SingularElementReturnValue,
} from 'cytoscape';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { NetworkResult } from './snapshots';
import type { BlocColour } from './blocColours';
import { edgeId, edgeWidth, signed } from './edges';
import { graphStyle, SHAPES } from './graphStyle';
import { circleStart, fitView, placeNew, runLayout, settle, type Point } from './layout';

export interface GraphProps {
  network: NetworkResult;
  colours: Map<number, BlocColour>;
  /** Ties highlighted by a comparison: `flip` for a sign change, `change` otherwise. */
  changed: ReadonlyMap<string, 'flip' | 'change'>;
  selectedEdge: string | null;
  selectedNode: string | null;
  onSelectEdge: (id: string | null) => void;
  onSelectNode: (id: string | null) => void;
  /** Called after cytoscape has drawn a new snapshot. */
  onDrawn?: () => void;
  /** Incremented by the view to ask for a new layout. */
  relayout: number;
  /** The label of an actor (its short name; the id stays in the data). */
  label: (id: string) => string;
}

/** Set the fields of `data` that differ from the element's (none: nothing is restyled); whether any did. */
function setData(el: SingularElementReturnValue, data: Record<string, unknown>): boolean {
  const now = el.data() as Record<string, unknown>;
  let diff: Record<string, unknown> | null = null;
  for (const [k, v] of Object.entries(data)) if (now[k] !== v) (diff ??= {})[k] = v;
  if (diff) el.data(diff);
  return diff !== null;
}

/** Add or remove a class where it is not yet as wanted (cytoscape's toggleClass restyles every element it is given). */
function setClass(els: CollectionArgument, cls: string, on: (el: SingularElementArgument) => boolean): void {
  const flip = els.filter((el) => el.hasClass(cls) !== on(el));
  if (flip.nonempty()) flip.toggleClass(cls);
}

/** Bring the graph to the snapshot; whether anything drawn changed. */
function apply(cy: Core, p: GraphProps, known: Map<string, Point>): boolean {
  const { network, colours } = p;
  const nodeIds = new Set(network.nodes.map((n) => n.id));
  const edgeIds = new Set(network.edges.map((e) => edgeId(e.source, e.target)));
  const neighbours = new Map<string, string[]>();
  for (const e of network.edges) {
    neighbours.set(e.source, [...(neighbours.get(e.source) ?? []), e.target]);
    neighbours.set(e.target, [...(neighbours.get(e.target) ?? []), e.source]);
  }
  const first = cy.nodes().length === 0 && known.size === 0;
  const start = first ? circleStart(network.nodes) : null;
  const fresh = new Set<string>();
  let changed = false;
  cy.batch(() => {
    const gone = cy.elements().filter((el) => !(el.isNode() ? nodeIds : edgeIds).has(el.id()));
    if (gone.nonempty()) {
      gone.remove();
      changed = true;
    }
    const add: ElementDefinition[] = [];
    for (const n of network.nodes) {
      const data = {
        id: n.id,
        name: n.name ?? n.id,
        label: p.label(n.id),
        colour: (n.bloc === null ? undefined : colours.get(n.bloc)?.colour) ?? '#999',
        shape: SHAPES[n.kind ?? ''] ?? 'ellipse',
      };
      const el = cy.getElementById(n.id);
      if (el.nonempty()) changed = setData(el, data) || changed;
      else {
        if (!start && !known.has(n.id)) fresh.add(n.id);
        const pos = start?.get(n.id) ?? known.get(n.id) ?? placeNew(n.id, neighbours.get(n.id) ?? [], known);
        known.set(n.id, pos);
        add.push({ group: 'nodes', data, position: { ...pos } });
      }
    }
    for (const e of network.edges) {
      const id = edgeId(e.source, e.target);
      const data = {
        id,
        source: e.source,
        target: e.target,
        weight: e.weight,
        width: edgeWidth(e.weight),
      };
      const cls = e.weight >= 0 ? 'pos' : 'neg';
      const el = cy.getElementById(id);
      if (el.nonempty()) {
        changed = setData(el, data) || changed;
        if (!el.hasClass(cls)) {
          el.removeClass(cls === 'pos' ? 'neg' : 'pos').addClass(cls);
          changed = true;
        }
      } else add.push({ group: 'edges', data, classes: cls });
    }
    if (fresh.size) {
      const placed = settle([...nodeIds], fresh, network.edges, known);
      for (const a of add)
        if (a.group === 'nodes' && fresh.has(String(a.data.id))) a.position = { ...placed.get(String(a.data.id))! };
    }
    if (add.length) {
      cy.add(add);
      changed = true;
    }
  });
  if (first && network.nodes.length) runLayout(cy, known);
  else if (first) fitView(cy);
  else if (fresh.size && !allInView(cy)) fitView(cy);
  return changed || first;
}

/** Whether every node is inside the visible part of the canvas. */
function allInView(cy: Core): boolean {
  const e = cy.extent();
  const out = cy.nodes().filter((n: NodeSingular) => {
    const p = n.position();
    return p.x < e.x1 || p.x > e.x2 || p.y < e.y1 || p.y > e.y2;
  });
  return out.length === 0;
}

function decorate(cy: Core, p: GraphProps): void {
  cy.batch(() => {
    const edges = cy.edges();
    setClass(edges, 'changed', (e) => p.changed.get(e.id()) === 'change');
    setClass(edges, 'flip', (e) => p.changed.get(e.id()) === 'flip');
    const sel = cy.$(':selected');
    sel.forEach((el) => {
      if (el.id() !== p.selectedEdge && el.id() !== p.selectedNode) el.unselect();
    });
    if (p.selectedEdge) {
      // Only a selected tie shows its weight as a label: the others carry none, so that a new weight
      // (every tie's, at every step) restyles nothing more than its width.
      const el = cy.getElementById(p.selectedEdge);
      if (el.nonempty()) setData(el, { label: signed(Number(el.data('weight'))) });
      el.select();
    }
    if (p.selectedNode) cy.getElementById(p.selectedNode).select();
    const focus = p.selectedNode ? cy.getElementById(p.selectedNode) : null;
    const hood = focus && focus.nonempty() ? focus.closedNeighborhood() : null;
    setClass(cy.elements(), 'faded', (el) => !!hood && !hood.contains(el));
  });
}

export function Graph(props: GraphProps) {
  const box = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const known = useRef(new Map<string, Point>());
  const handlers = useRef(props);
  handlers.current = props;

  useLayoutEffect(() => {
    const cy = cytoscape({
      container: box.current,
      style: graphStyle,
      elements: [],
      minZoom: 0.2,
      maxZoom: 4,
      wheelSensitivity: 0.3,
    });
    cyRef.current = cy;
    cy.on('tap', 'edge', (e) => handlers.current.onSelectEdge(e.target.id() as string));
    cy.on('tap', 'node', (e) => handlers.current.onSelectNode(e.target.id() as string));
    cy.on('tap', (e) => {
      if (e.target === cy) {
        handlers.current.onSelectEdge(null);
        handlers.current.onSelectNode(null);
      }
    });
    cy.on('dragfree', 'node', (e) => {
      known.current.set(e.target.id() as string, { ...e.target.position() });
    });
    (window as unknown as { orreryGraph?: Core }).orreryGraph = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  // In the commit itself (not after a paint): cytoscape then draws the new snapshot in the next frame.
  useLayoutEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const changed = apply(cy, handlers.current, known.current);
    decorate(cy, handlers.current);
    const done = handlers.current.onDrawn;
    if (done) cy.one('render', () => done());
    // A snapshot the same as the one drawn (months without news) changes no element: still draw once,
    // so that `onDrawn` reports this date too.
    if (!changed) cy.forceRender();
  }, [props.network, props.colours, props.label]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) decorate(cy, handlers.current);
  }, [props.changed, props.selectedEdge, props.selectedNode]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy && props.relayout > 0) runLayout(cy, known.current);
  }, [props.relayout]);

  return (
    <div
      className="graph"
      ref={box}
      role="img"
      aria-label={`alignment network at ${props.network.date}: ${props.network.nodes.length} actors, ${props.network.edges.length} ties`}
    />
  );
}
