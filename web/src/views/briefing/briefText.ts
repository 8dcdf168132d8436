/**
 * The briefing as the server renders it (GET /api/brief, format html or md), fetched as text: the
 * JSON client (api/client) reads only JSON. An HTML briefing gets `<base target="_top">` so that its
 * citation links open the reader in the app, not inside the frame that shows it.
 */
import { ApiError, query } from '../../api/client';

export type BriefFormat = 'html' | 'md';

export interface BriefParams {
  at: string;
  since?: string;
  focus?: string;
  pair?: string;
  scenario?: string;
  format: BriefFormat;
}

/** The API path of a briefing; citation links point at the app where it is served. */
export function briefPath(p: BriefParams, linkBase: string): string {
  return `/api/brief${query({ ...p, linkBase })}`;
}

export async function fetchBrief(path: string, signal: AbortSignal): Promise<string> {
  let res: Response;
  try {
    res = await fetch(path, { signal });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'unreachable', `Cannot reach the Orrery server at ${location.origin}`);
  }
  if (res.ok) return res.text();
  let message = `GET ${path}: HTTP ${res.status}`;
  let code = 'internal';
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string } };
    message = body.error?.message ?? message;
    code = body.error?.code ?? code;
  } catch {
    // not JSON: keep the status line
  }
  throw new ApiError(res.status, code, message);
}

/** Links in the framed briefing open in the app's window. */
export function linksToTop(html: string): string {
  return html.replace(/<head>/i, '<head><base target="_top">');
}
