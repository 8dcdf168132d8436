/**
 * The Briefing view: the same choices as `orrery brief` (the last day, the first day, the countries
 * or one pair, the scenario carried in the URL, HTML or Markdown), the briefing the server writes
 * (HTML shown in a frame, Markdown as text), a print button (the browser's print, or save as PDF),
 * and a link to the file itself. The choices live in the URL, so a briefing can be shared.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useCoverage } from '../../ui/coverage';
import { ErrorBox, Loading } from '../../ui/Status';
import { useLoc } from '../../url/state';
import { isDate } from '../../url/dates';
import './briefing.css';
import { briefPath, fetchBrief, linksToTop, type BriefFormat, type BriefParams } from './briefText';

const DEFAULT_FOCUS = 'ARM,AZE,GEO';

/** A briefing covers the month of its last day unless told otherwise (as `orrery brief` does). */
function monthStart(at: string): string {
  return `${at.slice(0, 7)}-01`;
}

export function BriefingView() {
  const [loc, update] = useLoc();
  const cov = useCoverage();
  const p = loc.params;
  const at = isDate(p.get('at'))
    ? p.get('at')!
    : (cov.data?.newest ?? (cov.error ? new Date().toISOString().slice(0, 10) : undefined));
  const format: BriefFormat = p.get('format') === 'md' ? 'md' : 'html';
  const params: BriefParams | undefined = at
    ? {
        at,
        format,
        ...(isDate(p.get('since')) ? { since: p.get('since')! } : {}),
        ...(p.get('pair') ? { pair: p.get('pair')! } : { focus: p.get('focus') ?? DEFAULT_FOCUS }),
        ...(p.get('scenario') ? { scenario: p.get('scenario')! } : {}),
      }
    : undefined;
  const path = params ? briefPath(params, location.origin + location.pathname) : null;

  const [text, setText] = useState<{ path: string; body: string } | undefined>();
  const [error, setError] = useState<Error | undefined>();
  useEffect(() => {
    if (!path) return;
    const abort = new AbortController();
    setError(undefined);
    fetchBrief(path, abort.signal).then(
      (body) => setText({ path, body }),
      (e: Error) => {
        if (e.name !== 'AbortError') setError(e);
      },
    );
    return () => abort.abort();
  }, [path]);

  const frame = useRef<HTMLIFrameElement>(null);
  const shown = text && text.path === path ? text.body : undefined;
  const print = () => {
    if (format === 'html') frame.current?.contentWindow?.print();
    else window.print();
  };

  return (
    <section className="briefing-view" aria-label="Briefing">
      {params && (
        <BriefForm
          key={`${params.at}|${params.since}|${params.focus}|${params.pair}`}
          params={params}
          onSubmit={(patch) => update(patch)}
        />
      )}
      <div className="briefing-actions">
        <button type="button" onClick={print} disabled={!shown}>
          Print
        </button>
        {path && (
          <a href={path} download={`brief-${params!.at}.${format}`}>
            Download the {format === 'html' ? 'HTML file' : 'Markdown'}
          </a>
        )}
        <span className="hint">
          For a PDF, print and save as PDF, or run <code>orrery brief --format pdf</code>.
        </span>
      </div>
      {error ? (
        <ErrorBox what="the briefing" error={error} />
      ) : !shown ? (
        <Loading what="the briefing" />
      ) : format === 'html' ? (
        <iframe ref={frame} className="briefing-frame" title="The briefing" srcDoc={linksToTop(shown)} />
      ) : (
        <pre className="briefing-md">{shown}</pre>
      )}
    </section>
  );
}

type Patch = Record<string, string | null>;

function BriefForm({ params, onSubmit }: { params: BriefParams; onSubmit: (patch: Patch) => void }) {
  const [at, setAt] = useState(params.at);
  const [since, setSince] = useState(params.since ?? monthStart(params.at));
  const [scope, setScope] = useState<'focus' | 'pair'>(params.pair ? 'pair' : 'focus');
  const [who, setWho] = useState(params.pair ?? params.focus ?? DEFAULT_FOCUS);
  const [format, setFormat] = useState<BriefFormat>(params.format);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      at,
      since,
      focus: scope === 'focus' ? who : null,
      pair: scope === 'pair' ? who : null,
      format: format === 'html' ? null : format,
    });
  };
  return (
    <form className="brief-form" onSubmit={submit}>
      <label>
        From <input name="since" value={since} pattern="\d{4}-\d{2}-\d{2}" onChange={(e) => setSince(e.target.value)} />
      </label>
      <label>
        To <input name="at" value={at} pattern="\d{4}-\d{2}-\d{2}" required onChange={(e) => setAt(e.target.value)} />
      </label>
      <label>
        Entries{' '}
        <select name="scope" value={scope} onChange={(e) => setScope(e.target.value as 'focus' | 'pair')}>
          <option value="focus">one per country</option>
          <option value="pair">one pair</option>
        </select>
      </label>
      <label>
        {scope === 'pair' ? 'Pair' : 'Countries'}{' '}
        <input
          name="who"
          value={who}
          placeholder={scope === 'pair' ? 'ARM,AZE' : 'ARM,AZE,GEO'}
          onChange={(e) => setWho(e.target.value)}
        />
      </label>
      <label>
        Format{' '}
        <select name="format" value={format} onChange={(e) => setFormat(e.target.value as BriefFormat)}>
          <option value="html">HTML</option>
          <option value="md">Markdown</option>
        </select>
      </label>
      <button type="submit">Show briefing</button>
    </form>
  );
}
