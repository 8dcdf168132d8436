/** The reader: a document's text with every cited passage highlighted, and the records citing the chosen one. */
import { useEffect, useMemo } from 'react';
import { sourceContract } from '../../../../src/contracts/reads/index';
import { urlFor } from '../../api/call';
import type { SourceDetail } from '../../api/types';
import { HighlightedText } from '../../ui/HighlightedText';
import { firstWords, junkRanges } from '../../ui/junk';
import { markReady } from '../../ui/perf';
import { ErrorBox, Loading } from '../../ui/Status';
import { useApi } from '../../ui/useApi';
import { hrefFor } from '../../url/state';

function recordHref(kind: string, id: string): string | null {
  if (kind === 'event') return hrefFor('timeline', { event: id });
  return null;
}

export function Reader({
  id,
  passage,
  onPassage,
}: {
  id: string;
  passage: number | undefined;
  onPassage: (start: number) => void;
}) {
  const { data, error, loading, reload } = useApi<SourceDetail>(urlFor(sourceContract, { id }));
  const ranges = useMemo(
    () =>
      (data?.passages ?? []).map((p) => ({
        start: p.start,
        end: p.end,
        label: p.records.map((r) => `${r.kind} ${r.id}`).join('\n'),
      })),
    [data],
  );
  const current = data?.passages.find((p) => p.start === passage);
  const hidden = useMemo(() => (data?.text ? junkRanges(data.text) : []), [data]);
  const label = (p: { start: number; end: number }) =>
    data?.text ? firstWords(data.text.slice(p.start, p.end)) : `characters ${p.start}–${p.end}`;
  useEffect(() => {
    if (data) markReady('sources');
  }, [data]);
  return (
    <section className="reader" aria-label="reader">
      {loading && <Loading what={`the document ${id}`} />}
      {error && <ErrorBox what={`the document ${id}`} error={error} retry={reload} />}
      {data && (
        <>
          <header>
            <h2>{data.source.title}</h2>
            <p className="muted">
              {[data.source.author, data.source.publisher, data.source.published, data.source.kind]
                .filter(Boolean)
                .join(' · ')}{' '}
              · {data.passages.length} passages cited
            </p>
          </header>
          <div className="reader-body">
            {data.text === null ? (
              <p className="status error">The text is not available on this server: {data.text_problem}</p>
            ) : (
              <HighlightedText text={data.text} ranges={ranges} hidden={hidden} focus={passage} onSelect={onPassage} />
            )}
            <div className="passage-index">
              {current && (
                <div className="panel current">
                  <h3 title={`characters ${current.start}–${current.end}`}>“{label(current)}”</h3>
                  <ul>
                    {current.records.map((r) => {
                      const href = recordHref(r.kind, r.id);
                      return (
                        <li key={`${r.kind}:${r.id}`}>
                          <span className="badge">{r.kind}</span>
                          {r.basis && (
                            <span
                              className={`badge ${r.basis}`}
                              title={
                                r.basis === 'estimated'
                                  ? 'an estimate, not a reported figure'
                                  : 'a target or forecast, not an observation'
                              }
                            >
                              {r.basis === 'estimated' ? 'estimate' : 'projection'}
                            </span>
                          )}{' '}
                          {href ? <a href={href}>{r.summary || r.id}</a> : <span>{r.summary || r.id}</span>}
                        </li>
                      );
                    })}
                  </ul>
                </div>
              )}
              <h3>Cited passages</h3>
              <ol>
                {data.passages.map((p) => (
                  <li key={`${p.start}-${p.end}`}>
                    <button
                      type="button"
                      className="link"
                      aria-current={p.start === passage ? 'true' : undefined}
                      title={`characters ${p.start}–${p.end}`}
                      onClick={() => onPassage(p.start)}
                    >
                      {label(p)}
                    </button>{' '}
                    <span className="muted small">
                      {p.records.length} record{p.records.length === 1 ? '' : 's'}:{' '}
                      {[...new Set(p.records.map((r) => r.kind))].join(', ')}
                    </span>
                  </li>
                ))}
              </ol>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
