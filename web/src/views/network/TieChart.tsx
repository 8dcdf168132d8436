/**
 * One tie over time (`trajectory`): the alignment weight between two actors at the end of every
 * quarter from 1988 to the panel's date, above the axis friendly and below it hostile, with the date
 * the panel shows marked; each turn (a change of sign) is dotted and listed with the records behind it.
 */
import { urlFor } from '../../api/call';
import { trajectoryContract } from '../../../../src/contracts/analyses/trajectory';
import type { ResultOf } from '../../../../src/contracts/contract';
import { ErrorBox, Loading } from '../../ui/Status';
import { useApi } from '../../ui/useApi';
import { hrefFor } from '../../url/state';
import { signed } from './edges';

type Trajectory = ResultOf<typeof trajectoryContract>;

const W = 360;
const H = 150;
const PAD = { l: 34, r: 8, t: 10, b: 22 };

export function TieChart({ ends, at }: { ends: [string, string]; at: string }) {
  const path = urlFor(trajectoryContract, { a: ends[0], b: ends[1], from: '1988-01-01', to: at, step: 'quarter' });
  const { data, error, loading, reload } = useApi<Trajectory>(path, { keep: true });
  if (error) return <ErrorBox what="the tie over time" error={error} retry={reload} />;
  if (!data) return loading ? <Loading what="the tie over time" /> : null;
  const pts = data.points;
  const max = Math.max(0.5, ...pts.map((p) => Math.abs(p.weight)));
  const x = (i: number) => PAD.l + ((W - PAD.l - PAD.r) * i) / Math.max(1, pts.length - 1);
  const y = (v: number) => PAD.t + ((H - PAD.t - PAD.b) * (max - v)) / (2 * max);
  const line = pts.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p.weight).toFixed(1)}`).join(' ');
  const firstYear = pts[0]?.date.slice(0, 4) ?? '';
  const lastYear = pts[pts.length - 1]?.date.slice(0, 4) ?? '';
  return (
    <section className="tie-chart" aria-label="the tie over time">
      <h3>Over time</h3>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`weight of the tie each quarter, ${firstYear}–${lastYear}`}>
        <line className="zero" x1={PAD.l} x2={W - PAD.r} y1={y(0)} y2={y(0)} />
        <text className="tick" x={PAD.l - 4} y={y(max) + 4} textAnchor="end">
          +{max.toFixed(1)}
        </text>
        <text className="tick" x={PAD.l - 4} y={y(0) + 4} textAnchor="end">
          0
        </text>
        <text className="tick" x={PAD.l - 4} y={y(-max) + 2} textAnchor="end">
          −{max.toFixed(1)}
        </text>
        <text className="tick" x={PAD.l} y={H - 6}>
          {firstYear}
        </text>
        <text className="tick" x={W - PAD.r} y={H - 6} textAnchor="end">
          {lastYear}
        </text>
        <text className="tick" x={(W + PAD.l) / 2} y={H - 6} textAnchor="middle">
          weight: friendly (+) above, hostile (−) below
        </text>
        <path className="weight" d={line} />
        {data.turns.map((t) => {
          const i = pts.findIndex((p) => p.date === t.date);
          return i < 0 ? null : (
            <circle
              key={t.date}
              className={t.to > 0 ? 'turn pos' : 'turn neg'}
              cx={x(i)}
              cy={y(pts[i]!.weight)}
              r={3.5}
            >
              <title>{`${t.date}: turned ${t.to > 0 ? 'friendly' : 'hostile'}`}</title>
            </circle>
          );
        })}
      </svg>
      {data.turns.length > 0 && (
        <ol className="turns">
          {data.turns.map((t) => (
            <li key={t.date}>
              <strong>
                {t.date}: turned {t.to > 0 ? 'friendly' : 'hostile'}
              </strong>
              <ul>
                {t.explanation.slice(0, 3).map((e) => (
                  <li key={`${e.kind}:${e.id}`}>
                    <span className="muted small">{e.date}</span>{' '}
                    {e.kind === 'event' ? (
                      <a href={hrefFor('timeline', { event: e.id })}>{e.summary ?? e.id}</a>
                    ) : (
                      (e.summary ?? e.id)
                    )}
                    {` (${signed(e.before)} → ${signed(e.after)})`}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
