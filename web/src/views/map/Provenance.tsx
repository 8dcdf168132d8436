/**
 * Where a fact of the network comes from: the passages that assert it, or the public reference a
 * curator recorded; and a dated history (statuses, parties, rights) with the provenance of each entry.
 */
import type { Citation } from '../../api/types';
import { CitationList } from '../../ui/Citations';

export interface Reference {
  title?: string;
  publisher?: string;
  year?: number | string;
  url?: string;
}

export interface Dated {
  status?: string;
  party?: string;
  role?: string;
  from?: string | null;
  to?: string | null;
  terms?: string;
  note?: string;
  citations?: Citation[];
  reference?: Reference;
}

export function Provenance({
  citations,
  reference,
}: {
  citations?: Citation[] | undefined;
  reference?: Reference | undefined;
}) {
  return (
    <>
      {citations && citations.length > 0 && <CitationList citations={citations} limit={2} />}
      {reference && (
        <p className="reference">
          Reference (public knowledge, not one of the sources): {reference.title}
          {reference.publisher ? `, ${reference.publisher}` : ''}
          {reference.year ? `, ${reference.year}` : ''}
          {reference.url && /^https?:\/\//.test(reference.url) ? (
            <>
              {' '}
              <a href={reference.url} rel="noreferrer noopener" target="_blank">
                {reference.url}
              </a>
            </>
          ) : null}
        </p>
      )}
    </>
  );
}

export function History({ title, items }: { title: string; items: Dated[] | undefined }) {
  if (!items?.length) return null;
  return (
    <>
      <h3>{title}</h3>
      <ol className="history">
        {items.map((s, i) => (
          <li key={i}>
            <strong>{s.status ?? `${s.party} ${s.role}`}</strong> {s.from ? `from ${s.from}` : ''}{' '}
            {s.to ? `to ${s.to}` : ''}
            {s.terms && <span className="muted"> — {s.terms}</span>}
            {s.note && <div className="muted small">{s.note}</div>}
            <Provenance citations={s.citations} reference={s.reference} />
          </li>
        ))}
      </ol>
    </>
  );
}
