/** The snapshot in words: blocs with their colours and members, and every tie as a button (the keyboard's way into the graph). */
import { memo } from 'react';
import type { NetworkResult } from './snapshots';
import type { BlocColour } from './blocColours';
import { byStrength, edgeId, signed } from './edges';

export const Overview = memo(function Overview({
  network,
  colours,
  name,
  short,
  onSelectEdge,
  onSelectNode,
}: {
  network: NetworkResult;
  colours: Map<number, BlocColour>;
  name: (id: string) => string;
  short: (id: string) => string;
  onSelectEdge: (id: string) => void;
  onSelectNode: (id: string) => void;
}) {
  const ties = byStrength(network.edges);
  return (
    <section className="panel overview" aria-label="blocs and ties">
      <h2>Blocs at {network.date}</h2>
      {network.nodes.length === 0 && <p className="status empty">No actor has a tie in the record at this date.</p>}
      <ul className="blocs">
        {[...colours.values()].map((b) => (
          <li key={b.bloc}>
            <span className="swatch" style={{ background: b.colour }} aria-hidden="true" />
            {b.members.map((m, i) => (
              <span key={m}>
                {i > 0 && ', '}
                <button type="button" className="link" title={`${name(m)} (${m})`} onClick={() => onSelectNode(m)}>
                  {short(m)}
                </button>
              </span>
            ))}
          </li>
        ))}
      </ul>
      <h2>Ties ({ties.length})</h2>
      <ol className="ties">
        {ties.map((e) => (
          <li key={edgeId(e.source, e.target)}>
            <button
              type="button"
              className="link"
              title={`${name(e.source)} — ${name(e.target)} (${e.source}–${e.target})`}
              onClick={() => onSelectEdge(edgeId(e.source, e.target))}
            >
              {short(e.source)} — {short(e.target)}
            </button>{' '}
            <span className={e.weight >= 0 ? 'pos' : 'neg'}>{signed(e.weight)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
});

export const NodePanel = memo(function NodePanel({
  id,
  network,
  name,
  onSelectEdge,
  onClose,
}: {
  id: string;
  network: NetworkResult;
  name: (id: string) => string;
  onSelectEdge: (id: string) => void;
  onClose: () => void;
}) {
  const node = network.nodes.find((n) => n.id === id);
  const ties = byStrength(network.edges.filter((e) => e.source === id || e.target === id));
  return (
    <section className="panel node-panel" aria-label="actor">
      <header>
        <h2>
          <span title={id}>{name(id)}</span>
          {node?.kind ? <span className="muted"> ({node.kind})</span> : null}
        </h2>
        <button type="button" onClick={onClose} aria-label="close the actor">
          ×
        </button>
      </header>
      {!node && (
        <p className="status empty">
          {name(id)} has no tie at {network.date}.
        </p>
      )}
      <ol className="ties">
        {ties.map((e) => {
          const other = e.source === id ? e.target : e.source;
          return (
            <li key={other}>
              <button
                type="button"
                className="link"
                title={other}
                onClick={() => onSelectEdge(edgeId(e.source, e.target))}
              >
                {name(other)}
              </button>{' '}
              <span className={e.weight >= 0 ? 'pos' : 'neg'}>{signed(e.weight)}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
});
