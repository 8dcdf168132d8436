/**
 * The badge for fired alerts in the header: how many alerts fired (GET /api/alerts), and on a click
 * the list of them, newest first, each with what fired, when, and links to the passages behind it.
 * It asks again every minute, so a firing from `serve --watch` shows without a reload.
 */
import { useEffect, useState } from 'react';
import { forget } from '../api/client';
import type { AlertFiring } from '../../../src/model/alert';
import { hrefFor } from '../url/state';
import { useApi } from './useApi';
import './AlertsBadge.css';

const PATH = '/api/alerts?limit=100';
const EVERY_MS = 60_000;

export function AlertsBadge() {
  const { data, reload } = useApi<AlertFiring[]>(PATH, { keep: true });
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const timer = setInterval(() => {
      forget(PATH);
      reload();
    }, EVERY_MS);
    return () => clearInterval(timer);
  }, [reload]);
  if (!data) return null;
  const n = data.length;
  return (
    <div className="alerts-badge">
      <button
        type="button"
        className={n ? 'badge fired' : 'badge'}
        aria-expanded={open}
        aria-controls="alert-list"
        onClick={() => setOpen(!open)}
      >
        Alerts <span className="count">{n >= 100 ? '100+' : n}</span>
      </button>
      {open && (
        <div id="alert-list" className="alert-list" role="region" aria-label="Fired alerts">
          {n === 0 ? (
            <p>No alert has fired. Rules are added with `orrery alert add`.</p>
          ) : (
            <ol>
              {data.map((f) => (
                <li key={f.id} data-rule={f.rule}>
                  <time dateTime={f.fired_at}>{f.fired_at.slice(0, 16).replace('T', ' ')}</time> {f.message}{' '}
                  {f.evidence.citations.slice(0, 6).map((c, i) => (
                    <a
                      key={`${c.source}:${c.start}`}
                      href={hrefFor('sources', { source: c.source, passage: c.start, end: c.end })}
                      onClick={() => setOpen(false)}
                    >
                      [{i + 1}]
                    </a>
                  ))}
                </li>
              ))}
            </ol>
          )}
        </div>
      )}
    </div>
  );
}
