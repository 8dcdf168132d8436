/**
 * Pair view: the cooperation/conflict series of any two actors (docs/analysis.md, `series`), by month,
 * quarter or year; a bucket lists its events, each linking to the timeline.
 * URL: #/pair?a=ARM&b=RUS&g=year&bucket=2023
 */
import { useEffect } from 'react';
import { urlFor } from '../../api/call';
import type { InputOf, ResultOf } from '../../../../src/contracts/contract';
import { seriesContract } from '../../../../src/contracts/analyses/series';
import { useActors } from '../../ui/actors';
import { eventTypeName } from '../../ui/names';
import { markReady } from '../../ui/perf';
import { ErrorBox, Loading } from '../../ui/Status';
import { useApi } from '../../ui/useApi';
import { hypotheticalIds } from '../../url/scenario';
import { hrefFor, useLoc } from '../../url/state';
import { QUADS, SeriesChart } from './SeriesChart';

type Input = InputOf<typeof seriesContract>;

const MAIN_KINDS = new Set(['state', 'organization', 'alliance', 'format', 'group', 'territory']);

export function PairView() {
  const [loc, update] = useLoc();
  const a = loc.params.get('a') ?? 'ARM';
  const b = loc.params.get('b') ?? 'RUS';
  const g = loc.params.get('g') ?? 'year';
  const direction = loc.params.get('direction') ?? 'both';
  const bucket = loc.params.get('bucket');
  const { actors, name } = useActors();
  const series = useApi<ResultOf<typeof seriesContract>>(
    urlFor(seriesContract, {
      a,
      b,
      // As the URL has them: the server says when one is not a choice.
      granularity: g as Input['granularity'],
      direction: direction === 'both' ? undefined : (direction as Input['direction']),
    }),
  );
  const chosen = series.data?.buckets.find((x) => x.bucket === bucket);
  const hypo = hypotheticalIds(series.data);
  useEffect(() => {
    if (series.data) markReady('pair');
  }, [series.data]);
  const options = actors.filter((x) => MAIN_KINDS.has(x.kind)).sort((x, y) => x.name.localeCompare(y.name));
  const actorSelect = (key: 'a' | 'b', value: string) => (
    <label>
      {key === 'a' ? 'Actor' : 'and'}{' '}
      <select value={value} onChange={(e) => update({ [key]: e.target.value, bucket: null })}>
        {!options.some((x) => x.id === value) && <option value={value}>{value}</option>}
        {options.map((x) => (
          <option key={x.id} value={x.id}>
            {x.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="pair-view">
      <div className="toolbar">
        {actorSelect('a', a)}
        <button type="button" aria-label="swap the actors" onClick={() => update({ a: b, b: a, bucket: null })}>
          ⇄
        </button>
        {actorSelect('b', b)}
        <label>
          by{' '}
          <select value={g} onChange={(e) => update({ g: e.target.value, bucket: null })}>
            <option value="month">month</option>
            <option value="quarter">quarter</option>
            <option value="year">year</option>
          </select>
        </label>
        <label>
          who acts{' '}
          <select
            value={direction}
            onChange={(e) => update({ direction: e.target.value === 'both' ? null : e.target.value })}
          >
            <option value="both">both</option>
            <option value="a-to-b">
              {a} → {b}
            </option>
            <option value="b-to-a">
              {b} → {a}
            </option>
          </select>
        </label>
        <span className="legend">
          {QUADS.map(([q, c, l]) => (
            <span key={q} className="item">
              <span className="swatch" style={{ background: c }} aria-hidden="true" /> {l}
            </span>
          ))}
          <span className="item">— intensity · * dated less precisely than the bucket</span>
        </span>
      </div>
      {series.loading && <Loading what={`the series of ${a} and ${b}`} />}
      {series.error && <ErrorBox what={`the series of ${a} and ${b}`} error={series.error} retry={series.reload} />}
      {series.data && (
        <div className="chart-pane" data-ready="true">
          <h2>
            {name(a)} and {name(b)}: {series.data.buckets.reduce((s, x) => s + x.total, 0)} events
          </h2>
          {series.data.buckets.length === 0 ? (
            <p className="status empty">
              No event between {a} and {b} in the record.
            </p>
          ) : (
            <SeriesChart
              buckets={series.data.buckets}
              selected={bucket}
              onSelect={(x) => update({ bucket: x }, { replace: true })}
              unit={g === 'month' ? 'month' : g === 'quarter' ? 'quarter' : 'year'}
            />
          )}
        </div>
      )}
      {chosen && (
        <section className="panel bucket-events" aria-label={`events of ${chosen.bucket}`}>
          <h2>
            {chosen.bucket}: {chosen.total} events, intensity {chosen.intensity.toFixed(1)}
          </h2>
          <ol>
            {chosen.events.map((e) => (
              <li key={e.id} className={`${e.quad_class}${hypo?.has(e.id) ? ' hypothetical' : ''}`}>
                {hypo?.has(e.id) ? (
                  // A scenario's event is not in the record: no timeline entry to open.
                  <span>
                    <span className="badge hypothetical">hypothetical</span> <span className="date">{e.date}</span>{' '}
                    <span className="type" title={e.event_type}>
                      {eventTypeName(e.event_type)}
                    </span>{' '}
                    {e.summary}
                  </span>
                ) : (
                  <a href={hrefFor('timeline', { pair: `${a},${b}`, event: e.id })}>
                    <span className="date">{e.date}</span>{' '}
                    <span className="type" title={e.event_type}>
                      {eventTypeName(e.event_type)}
                    </span>{' '}
                    {e.summary}
                  </a>
                )}{' '}
                <span className="muted">
                  ({e.direction === 'a-to-b' ? `${name(a)} to ${name(b)}` : `${name(b)} to ${name(a)}`},{' '}
                  {e.intensity > 0 ? '+' : ''}
                  {e.intensity})
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
