/**
 * Citations as the passages they point at: each fetches its passage text from /api/passages and shows
 * it as text (never as HTML), with the source and offsets linking to the reader.
 */
import { passageContract } from '../../../src/contracts/reads/index';
import { urlFor } from '../api/call';
import type { Citation, Passage } from '../api/types';
import { hrefFor } from '../url/state';
import { ErrorBox, Loading } from './Status';
import { useApi } from './useApi';

export function citationLabel(c: Citation): string {
  return `${c.source}, ${c.start}–${c.end}`;
}

/** One passage whose text is already known (event details, conflicts). */
export function PassageQuote({ passage }: { passage: Passage }) {
  return (
    <figure className="passage">
      {passage.text !== null ? (
        <blockquote>{passage.text}</blockquote>
      ) : (
        <p className="status error">The passage text is unavailable: {passage.problem ?? 'source text missing'}</p>
      )}
      <figcaption>
        <a href={hrefFor('sources', { source: passage.source, passage: passage.start })}>{citationLabel(passage)}</a>
      </figcaption>
    </figure>
  );
}

/** One citation whose text is fetched on display. */
export function CitationQuote({ citation }: { citation: Citation }) {
  const path = urlFor(passageContract, { source: citation.source, start: citation.start, end: citation.end });
  const { data, error, loading } = useApi<Passage>(path);
  if (loading && !data) return <Loading what={`the passage ${citationLabel(citation)}`} />;
  if (error) return <ErrorBox what={`the passage ${citationLabel(citation)}`} error={error} />;
  if (!data) return null;
  return <PassageQuote passage={{ ...citation, text: data.text ?? null }} />;
}

export function CitationList({ citations, limit = 3 }: { citations: Citation[]; limit?: number }) {
  if (!citations.length) return <p className="muted">No citation.</p>;
  return (
    <div className="citations">
      {citations.slice(0, limit).map((c) => (
        <CitationQuote key={`${c.source}:${c.start}:${c.end}`} citation={c} />
      ))}
      {citations.length > limit && (
        <p className="muted">
          and {citations.length - limit} more:{' '}
          {citations
            .slice(limit)
            .map((c) => citationLabel(c))
            .join('; ')}
        </p>
      )}
    </div>
  );
}
