/** Upload a document (a file, or pasted text) with its publication date, title and kind. */
import { useState, type FormEvent } from 'react';

export const KINDS = ['news', 'analysis', 'opinion', 'interview'];

export function UploadForm({
  busy,
  onSubmit,
}: {
  busy: boolean;
  onSubmit: (body: FormData | Record<string, unknown>) => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState('');
  const [filename, setFilename] = useState('pasted.txt');
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState('');
  const [kind, setKind] = useState('news');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (file) {
      const form = new FormData();
      form.set('file', file);
      if (published) form.set('published', published);
      if (title) form.set('title', title);
      form.set('kind', kind);
      onSubmit(form);
    } else onSubmit({ text, filename, kind, ...(published ? { published } : {}), ...(title ? { title } : {}) });
  };
  return (
    <form className="upload-form" onSubmit={submit} aria-label="ingest a document">
      <label>
        File (text, HTML, PDF){' '}
        <input
          type="file"
          name="file"
          accept=".txt,.md,.html,.htm,.pdf,text/plain,text/html,application/pdf"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </label>
      <label className="wide">
        or paste the text
        <textarea name="text" rows={6} value={text} onChange={(e) => setText(e.target.value)} disabled={!!file} />
      </label>
      <div className="row">
        {!file && (
          <label>
            File name <input name="filename" value={filename} onChange={(e) => setFilename(e.target.value)} size={14} />
          </label>
        )}
        <label>
          Title <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} size={22} />
        </label>
        <label>
          Published{' '}
          <input
            name="published"
            value={published}
            onChange={(e) => setPublished(e.target.value)}
            placeholder="YYYY-MM-DD"
            size={11}
          />
        </label>
        <label>
          Kind{' '}
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            {KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
      </div>
      <button type="submit" className="primary" disabled={busy || (!file && !text.trim())}>
        {busy ? 'Ingesting…' : 'Ingest'}
      </button>
    </form>
  );
}
