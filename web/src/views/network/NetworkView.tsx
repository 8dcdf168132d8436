/**
 * Network view: the signed alignment network at the slider's date (docs/analysis.md, `network`), blocs
 * coloured, a tie's evidence on click, and a comparison with a second date (`diff`).
 * URL: #/network?at=YYYY-MM-DD&edge=ARM--RUS&node=ARM&compare=YYYY-MM-DD&min=0.5&scenario=ID (under a
 * scenario, what it changes against the evidence is listed and ringed: ScenarioPanel)
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { urlFor } from '../../api/call';
import { diffContract } from '../../../../src/contracts/analyses/diff';
import { scenarioDiffContract } from '../../../../src/contracts/scenarios';
import { coverage } from '../../ui/coverage';
import { useNames } from '../../ui/names';
import { markReady, measureStep } from '../../ui/perf';
import { ErrorBox } from '../../ui/Status';
import { IsoDateInput } from '../../ui/IsoDateInput';
import { useApi } from '../../ui/useApi';
import { defaultDate, isDate, monthEnd, monthIndex, MONTHS } from '../../url/dates';
import { parseHash, useLoc } from '../../url/state';
import { blocColours } from './blocColours';
import { ComparePanel, changedTies, readThreshold, type DiffResult } from './ComparePanel';
import { EdgePanel } from './EdgePanel';
import { edgeEnds } from './edges';
import { Graph } from './Graph';
import { Legend } from './Legend';
import { NodePanel, Overview } from './Overview';
import { ScenarioPanel, scenarioTies, type ScenarioDiff } from './ScenarioPanel';
import { loadSnapshot, prefetchAround, snapshotNow, type NetworkResult } from './snapshots';
import { TimeSlider } from './TimeSlider';

// The snapshot the page opens on is asked for as soon as this code has arrived, before the view's first
// render: at the URL's date, or at the newest evidence's date the moment the app has found it (the view
// mounts only after the app has put that date in the URL). The view then finds it in the client cache.
const opening = parseHash(location.hash);
if (opening.view === 'network') {
  const given = opening.params.get('at');
  (isDate(given) ? Promise.resolve(given) : coverage().then((c) => c.newest)).then(
    (at) => loadSnapshot(at).result.catch(() => undefined),
    () => undefined,
  );
}

export function NetworkView() {
  const [loc, update] = useLoc();
  const at = loc.params.get('at');
  const [date, setDate] = useState(() => (isDate(at) ? at : defaultDate()));
  const [network, setNetwork] = useState<NetworkResult>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(true);
  const [playing, setPlaying] = useState(false);
  const [relayout, setRelayout] = useState(0);
  const stepStart = useRef<number | null>(null);
  const stepCached = useRef(false);
  const { actor: name, short } = useNames();
  const scenario = loc.params.get('scenario');

  useEffect(() => {
    if (isDate(at) && at !== date) setDate(at);
    // only when the URL changes from outside (back, forward, a pasted link)
  }, [at]);

  useEffect(() => {
    let live = true;
    const { cached, result, now } = loadSnapshot(date);
    if (now) {
      // Already drawn by `step` when the slider moved; here for a date from the URL or a new scenario.
      setNetwork(now);
      setError(undefined);
      setLoading(false);
      prefetchAround(monthIndex(date), 3, 3);
      return;
    }
    setLoading(true);
    result.then(
      (net) => {
        if (!live) return;
        stepCached.current = cached;
        setNetwork(net);
        setError(undefined);
        setLoading(false);
        prefetchAround(monthIndex(date), 3, 3);
      },
      (e: Error) => {
        if (!live) return;
        setError(e);
        setLoading(false);
        setPlaying(false);
      },
    );
    return () => {
      live = false;
    };
  }, [date, scenario]);

  // The slider's date goes to the URL once it rests, unless the URL's date changed meanwhile (a link
  // opened, back or forward): then that date wins, and the effect above follows it.
  useEffect(() => {
    const t = setTimeout(() => {
      const now = new URLSearchParams(location.hash.split('?')[1] ?? '').get('at');
      if (date !== now && now === at) update({ at: date }, { replace: true });
    }, 300);
    return () => clearTimeout(t);
  }, [date, at, update]);

  // A step to a month already fetched (the neighbours are prefetched) shows it in the same render as
  // the new date, so the graph is updated within the key press's task.
  const step = useCallback((index: number) => {
    stepStart.current = performance.now();
    const next = monthEnd(index);
    setDate(next);
    const now = snapshotNow(next);
    if (now) {
      stepCached.current = true;
      setNetwork(now);
      setError(undefined);
      setLoading(false);
    }
  }, []);

  const index = monthIndex(date);
  useEffect(() => {
    if (!playing || loading) return;
    const t = setTimeout(() => (index >= MONTHS - 1 ? setPlaying(false) : step(index + 1)), 250);
    return () => clearTimeout(t);
  }, [playing, loading, network, index, step]);

  const onPlay = useCallback(
    (p: boolean) => {
      if (p && index >= MONTHS - 1) step(0);
      setPlaying(p);
    },
    [index, step],
  );

  const onDrawn = useCallback(() => {
    markReady('network');
    if (stepStart.current !== null) measureStep(stepStart.current, stepCached.current);
    stepStart.current = null;
  }, []);

  const compare = loc.params.get('compare');
  const diffPath =
    isDate(compare) && !playing
      ? urlFor(diffContract, {
          from: compare < date ? compare : date,
          to: compare < date ? date : compare,
          explainTop: 3,
        })
      : null;
  const diff = useApi<DiffResult>(diffPath, { keep: true });
  const threshold = readThreshold(loc.params.get('min'));
  const changed = useMemo(
    () => changedTies(diffPath ? diff.data : undefined, threshold),
    [diffPath, diff.data, threshold],
  );
  // Under a scenario, what it changes against the evidence alone at the date (not while playing).
  const scenarioPath = scenario && !playing ? urlFor(scenarioDiffContract, { id: scenario, at: date }) : null;
  const sdiff = useApi<ScenarioDiff>(scenarioPath, { keep: true });
  const scenarioChanged = useMemo(
    () => scenarioTies(scenarioPath ? sdiff.data : undefined),
    [scenarioPath, sdiff.data],
  );
  const colours = useMemo(() => blocColours(network?.nodes ?? []), [network]);
  // The side panel's lists follow the graph in a render of their own, just after it: a slider step
  // updates the graph in the key press's task, and the lists a moment later, in a deferred render.
  const listed = useDeferredValue(network);
  const listedColours = useMemo(() => blocColours(listed?.nodes ?? []), [listed]);

  const edge = loc.params.get('edge');
  const ends = edge ? edgeEnds(edge) : null;
  const node = loc.params.get('node');
  const selectEdge = useCallback((id: string | null) => update({ edge: id, node: null }), [update]);
  const selectNode = useCallback((id: string | null) => update({ node: id, edge: null }), [update]);

  return (
    <div className="network-view">
      <div className="toolbar">
        <TimeSlider
          index={index}
          onChange={step}
          playing={playing}
          onPlay={onPlay}
          note={loading ? `Loading the network at ${date}…` : undefined}
        />
        <div className="tools">
          <label>
            <input
              type="checkbox"
              checked={isDate(compare)}
              onChange={(e) => update({ compare: e.target.checked ? '2018-12-31' : null })}
            />{' '}
            Compare with
          </label>
          <IsoDateInput
            label="compare date"
            value={isDate(compare) ? compare : ''}
            max="2026-12-31"
            onChange={(d) => update({ compare: d })}
          />
          <label title="highlight ties whose weight moved by at least this much (sign flips always)">
            change ≥{' '}
            <input
              type="number"
              className="threshold"
              aria-label="highlight threshold"
              min={0}
              max={3}
              step={0.1}
              value={threshold}
              onChange={(e) => update({ min: e.target.value === '' ? null : e.target.value }, { replace: true })}
            />
          </label>
          <button type="button" onClick={() => setRelayout((n) => n + 1)}>
            Re-arrange
          </button>
          <Legend />
        </div>
      </div>
      {error && <ErrorBox what={`the network at ${date}`} error={error} retry={() => setDate(`${date}`)} />}
      <div className="split">
        <div
          className="canvas"
          data-ready={network ? 'true' : 'false'}
          data-date={network?.date ?? ''}
          data-edges={network?.edges.length ?? 0}
        >
          {network && (
            <Graph
              network={network}
              colours={colours}
              changed={diffPath || !scenario ? changed : scenarioChanged}
              selectedEdge={edge}
              selectedNode={node}
              onSelectEdge={selectEdge}
              onSelectNode={selectNode}
              onDrawn={onDrawn}
              relayout={relayout}
              label={short}
            />
          )}
          {network && network.nodes.length === 0 && (
            <p className="overlay status empty">No tie in the record at {network.date}.</p>
          )}
          {!network && loading && <p className="overlay status loading">Loading the network at {date}…</p>}
        </div>
        <aside className="side">
          {scenarioPath && (
            <ScenarioPanel
              diff={sdiff.data}
              error={sdiff.error}
              loading={sdiff.loading}
              name={name}
              onSelectEdge={selectEdge}
            />
          )}
          {diffPath && (
            <ComparePanel
              name={name}
              threshold={threshold}
              diff={diff.data}
              error={diff.error}
              loading={diff.loading}
              onSelectEdge={selectEdge}
            />
          )}
          {ends && <EdgePanel ends={ends} at={network?.date ?? date} name={name} onClose={() => selectEdge(null)} />}
          {!ends && node && listed && (
            <NodePanel
              id={node}
              network={listed}
              name={name}
              onSelectEdge={selectEdge}
              onClose={() => selectNode(null)}
            />
          )}
          {!ends && !node && listed && (
            <Overview
              network={listed}
              colours={listedColours}
              name={name}
              short={short}
              onSelectEdge={selectEdge}
              onSelectNode={selectNode}
            />
          )}
        </aside>
      </div>
    </div>
  );
}
