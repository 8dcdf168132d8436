/**
 * Sources view: the documents Orrery is built from (and any ingested), and a reader that shows a
 * document's text with every passage Orrery cites from it highlighted, and which records cite each.
 * URL: #/sources?source=ieee-2026&passage=257
 */
import { useEffect } from 'react';
import { sourcesContract } from '../../../../src/contracts/reads/index';
import { urlFor } from '../../api/call';
import type { Source } from '../../api/types';
import { markReady } from '../../ui/perf';
import { ErrorBox, Loading } from '../../ui/Status';
import { useApi } from '../../ui/useApi';
import { useLoc } from '../../url/state';
import { Reader } from './Reader';

export function SourcesView() {
  const [loc, update] = useLoc();
  const list = useApi<Source[]>(urlFor(sourcesContract, {}));
  const chosen = loc.params.get('source') ?? list.data?.[0]?.id ?? null;
  const passage = loc.params.get('passage');
  useEffect(() => {
    if (list.data && !list.data.length) markReady('sources');
  }, [list.data]);
  return (
    <div className="sources-view split">
      <nav className="source-list" aria-label="documents" data-ready={list.data ? 'true' : 'false'}>
        <h2>Documents</h2>
        {list.loading && <Loading what="the documents" />}
        {list.error && <ErrorBox what="the documents" error={list.error} retry={list.reload} />}
        <ul>
          {(list.data ?? []).map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className="source-item"
                aria-current={s.id === chosen ? 'true' : undefined}
                onClick={() => update({ source: s.id, passage: null })}
              >
                <strong>{s.title}</strong>
                <span className="muted small">
                  {s.id} · {s.kind} · {s.published}
                  {s.published_inferred ? ' (inferred)' : ''}
                  {s.publisher ? ` · ${s.publisher}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      {chosen && (
        <Reader
          id={chosen}
          passage={passage === null ? undefined : Number(passage)}
          onPassage={(start) => update({ passage: start }, { replace: true })}
        />
      )}
    </div>
  );
}
