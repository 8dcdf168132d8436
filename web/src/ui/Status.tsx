/** Loading, error and empty states that say what is happening. */
import type { ReactNode } from 'react';
import { ApiError } from '../api/client';

export function Loading({ what }: { what: string }) {
  return (
    <p className="status loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </p>
  );
}

/** A server message without its hints for the command line ("see `orrery actors`"), which mean nothing here. */
export function forTheWeb(message: string): string {
  return message.replace(/\s*\((?:see|use|run) `orrery[^)]*\)/g, '').replace(/;?\s*(?:see|run) `orrery[^`]*`/g, '');
}

export function ErrorBox({ what, error, retry }: { what: string; error: Error; retry?: () => void }) {
  const status = error instanceof ApiError && error.status ? ` (HTTP ${error.status}, ${error.code})` : '';
  return (
    <div className="status error" role="alert">
      <strong>
        Could not load {what}
        {status}.
      </strong>{' '}
      <span className="message">{forTheWeb(error.message)}</span>
      {retry && (
        <button type="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="status empty">{children}</p>;
}
