/**
 * Claims view: the sources' own claims about the order (data/caucasus/claims), each evaluated over the
 * engines by GET /api/claims, with its verdict, the figures behind it and the passages it cites.
 * URL: #/claims?verdict=disagrees&source=ieee-2026&claim=ieee-iran-sees-threat
 */
import { useEffect, useState } from 'react';
import type { ResultOf } from '../../../../src/contracts/contract';
import { claimsContract } from '../../../../src/contracts/reads/index';
import { VERDICTS as VERDICT_NAMES } from '../../../../src/contracts/records';
import { urlFor } from '../../api/call';
import { CitationList } from '../../ui/Citations';
import { markReady } from '../../ui/perf';
import { Empty, ErrorBox, Loading } from '../../ui/Status';
import { useApi } from '../../ui/useApi';
import { hrefFor, useLoc } from '../../url/state';

/** A claim as the claims operation evaluates it (its contract's result). */
export type ClaimResult = ResultOf<typeof claimsContract>[number];
type Verdict = ClaimResult['verdict'];
type Check = ClaimResult['checks'][number];
type Figure = Check['figures'][string];

const VERDICTS: readonly Verdict[] = VERDICT_NAMES;

function figureText(v: Figure): string {
  if (v === null) return '—';
  if (Array.isArray(v)) return v.join(' → ') || '—';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(3);
  return String(v);
}

function VerdictBadge({ verdict, known }: { verdict: Verdict; known?: boolean }) {
  return (
    <span
      className={`verdict ${verdict}`}
      title={known ? 'a known disagreement: the other sources contradict this claim' : undefined}
    >
      {verdict}
      {known ? ' (known)' : ''}
    </span>
  );
}

function CheckFigures({ check }: { check: Check }) {
  const rows = Object.entries(check.figures).filter(([k]) => k !== 'segments');
  return (
    <div className="claim-check">
      <p>
        <span className="type">{check.kind}</span> <VerdictBadge verdict={check.verdict} />{' '}
        <span className="key">{check.key}</span>
      </p>
      {check.reason && <p className="muted small">{check.reason}</p>}
      <dl className="facts-list small">
        {rows.map(([k, v]) => (
          <div key={k} style={{ display: 'contents' }}>
            <dt>{k}</dt>
            <dd>{figureText(v)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

function ClaimCard({ claim, open, onOpen }: { claim: ClaimResult; open: boolean; onOpen: (open: boolean) => void }) {
  const [passages, setPassages] = useState(open);
  useEffect(() => {
    if (open) setPassages(true);
  }, [open]);
  return (
    <article
      className="claim-card"
      id={`claim-${claim.id}`}
      data-verdict={claim.verdict}
      aria-current={open ? 'true' : undefined}
    >
      <header>
        <VerdictBadge verdict={claim.verdict} known={!!claim.known_disagreement} />
        <a
          className="claim-id"
          href={hrefFor('claims', { claim: claim.id })}
          onClick={(e) => {
            e.preventDefault();
            onOpen(!open);
          }}
        >
          {claim.id}
        </a>
        <span className="claim-sources">
          {claim.sources.map((s) => (
            <a key={s} className="chip" href={hrefFor('sources', { source: s })}>
              {s}
            </a>
          ))}
        </span>
      </header>
      <p className="statement">{claim.statement}</p>
      <p className="key small">{claim.key}</p>
      {claim.known_disagreement && (
        <p className="known-disagreement small">
          <strong>Why the model disagrees:</strong> {claim.known_disagreement}
        </p>
      )}
      <details
        open={open}
        onToggle={(e) => {
          const now = (e.currentTarget as HTMLDetailsElement).open;
          if (now) setPassages(true);
          if (now !== open) onOpen(now);
        }}
      >
        <summary>
          Figures and cited passages ({claim.checks.length} test{claim.checks.length === 1 ? '' : 's'},{' '}
          {claim.citations.length} passage{claim.citations.length === 1 ? '' : 's'})
        </summary>
        {claim.checks.map((c, i) => (
          <CheckFigures key={i} check={c} />
        ))}
        {passages && <CitationList citations={claim.citations} limit={4} />}
      </details>
    </article>
  );
}

export function ClaimsView() {
  const [loc, update] = useLoc();
  const verdict = loc.params.get('verdict');
  const source = loc.params.get('source');
  const chosen = loc.params.get('claim');
  const list = useApi<ClaimResult[]>(urlFor(claimsContract, {}));
  useEffect(() => {
    if (list.data) markReady('claims');
  }, [list.data]);
  useEffect(() => {
    if (list.data && chosen) document.getElementById(`claim-${chosen}`)?.scrollIntoView({ block: 'nearest' });
  }, [list.data, chosen]);
  const all = list.data ?? [];
  const shown = all.filter((c) => (!verdict || c.verdict === verdict) && (!source || c.sources.includes(source)));
  const count = (v: Verdict) => all.filter((c) => c.verdict === v).length;
  const sources = [...new Set(all.flatMap((c) => c.sources))].sort();
  const agreement = all.length ? Math.round((count('agrees') / all.length) * 1000) / 10 : null;
  return (
    <div className="claims-view">
      <div className="toolbar">
        <label>
          verdict{' '}
          <select value={verdict ?? ''} onChange={(e) => update({ verdict: e.target.value || null, claim: null })}>
            <option value="">all</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {v} ({count(v)})
              </option>
            ))}
          </select>
        </label>
        <label>
          source{' '}
          <select value={source ?? ''} onChange={(e) => update({ source: e.target.value || null, claim: null })}>
            <option value="">all</option>
            {sources.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        {list.data && (
          <span className="claims-summary" role="status">
            {count('agrees')} of {all.length} claims agree with the model{agreement === null ? '' : ` (${agreement}%)`},{' '}
            {count('disagrees')} disagree
            {count('undetermined') ? `, ${count('undetermined')} undetermined` : ''}
          </span>
        )}
      </div>
      <div className="claims-list" data-ready={list.data ? 'true' : 'false'}>
        <p className="muted small">
          Each claim is what a source asserts about the regional order, in Orrery's words, with a test computed by the
          same engines as the network, exposure, power and route views. A disagreement is a finding: the data, the
          engines or the source may be wrong.
        </p>
        {list.loading && !list.data && <Loading what="the claims" />}
        {list.error && <ErrorBox what="the claims" error={list.error} retry={list.reload} />}
        {list.data && !shown.length && <Empty>No claim matches these filters.</Empty>}
        {shown.map((c) => (
          <ClaimCard
            key={c.id}
            claim={c}
            open={c.id === chosen}
            onOpen={(open) => update({ claim: open ? c.id : null }, { replace: true })}
          />
        ))}
      </div>
    </div>
  );
}
