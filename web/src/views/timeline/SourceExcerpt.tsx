/** A cited passage shown in place inside its source's text, the event's other passages in the same source highlighted too. */
import { sourceContract } from '../../../../src/contracts/reads/index';
import { urlFor } from '../../api/call';
import type { Passage, SourceDetail } from '../../api/types';
import { HighlightedText } from '../../ui/HighlightedText';
import { PassageQuote } from '../../ui/Citations';
import { ErrorBox, Loading } from '../../ui/Status';
import { useApi } from '../../ui/useApi';
import { hrefFor } from '../../url/state';

export function SourceExcerpt({ passage, siblings, open }: { passage: Passage; siblings: Passage[]; open: boolean }) {
  const { data, error, loading } = useApi<SourceDetail>(urlFor(sourceContract, { id: passage.source }));
  return (
    <div className="source-excerpt">
      <PassageQuote passage={passage} />
      {loading && <Loading what={`the text of ${passage.source}`} />}
      {error && <ErrorBox what={`the text of ${passage.source}`} error={error} />}
      {data && data.text === null && (
        <p className="status error">
          The text of {passage.source} is not available: {data.text_problem}
        </p>
      )}
      {data?.text && (
        <details open={open}>
          <summary>
            In context: <cite>{data.source.title}</cite> ({data.source.published}) ·{' '}
            <a href={hrefFor('sources', { source: passage.source, passage: passage.start })}>open in the reader</a>
          </summary>
          <HighlightedText
            text={data.text}
            ranges={siblings.map((s) => ({ start: s.start, end: s.end }))}
            focus={passage.start}
          />
        </details>
      )}
    </div>
  );
}
