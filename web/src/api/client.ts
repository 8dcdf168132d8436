/**
 * The HTTP client of the web app: GET with a small in-memory cache (views switch back and forth), writes
 * with JSON or multipart bodies, and one error type that carries what the server said was wrong.
 */

/** An answer from /api that is not a success, or a server that cannot be reached. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type QueryValue = string | number | boolean | null | undefined | readonly string[];

/** `?a=1&b=x,y` from an object; empty, null and undefined values and empty lists are left out. */
export function query(params: Record<string, QueryValue>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) q.set(k, v.join(','));
    } else q.set(k, String(v));
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function errorFrom(res: Response, what: string): Promise<ApiError> {
  let code = 'internal';
  let message = `${what}: HTTP ${res.status} ${res.statusText}`;
  let details: unknown;
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string; details?: unknown } };
    if (body.error) {
      code = body.error.code ?? code;
      message = body.error.message ?? message;
      details = body.error.details;
    }
  } catch {
    // not JSON: keep the status line
  }
  return new ApiError(res.status, code, message, details);
}

async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(
      0,
      'unreachable',
      `Cannot reach the Orrery server at ${location.origin} (is \`orrery serve\` running?)`,
    );
  }
}

/** GET a JSON resource under /api. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const res = await send(path, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  if (!res.ok) throw await errorFrom(res, `GET ${path}`);
  return (await res.json()) as T;
}

const cache = new Map<string, Promise<unknown>>();

/** GET through the cache: one request per path until `forget` drops it; failures are not kept. */
export function cachedJson<T>(path: string): Promise<T> {
  let hit = cache.get(path);
  if (!hit) {
    hit = getJson<T>(path);
    cache.set(path, hit);
    hit.catch(() => cache.delete(path));
  }
  return hit as Promise<T>;
}

/** Whether a GET for this path has been made (and not forgotten): its answer is at hand or on its way. */
export function isCached(path: string): boolean {
  return cache.has(path);
}

/** Drop cached answers whose path starts with one of the prefixes (after a write changes them). */
export function forget(...prefixes: string[]): void {
  for (const key of [...cache.keys()]) if (prefixes.some((p) => key.startsWith(p))) cache.delete(key);
}

const TOKEN_KEY = 'orrery-token';

/** The bearer token for writes, kept for this tab only (needed when the server listens beyond localhost). */
export function getToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

export function setToken(token: string): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

/** POST or PATCH a JSON body (or a FormData for uploads). */
export async function write<T>(method: 'POST' | 'PATCH', path: string, body: unknown): Promise<T> {
  const isForm = body instanceof FormData;
  const headers: Record<string, string> = isForm
    ? { accept: 'application/json' }
    : { 'content-type': 'application/json', accept: 'application/json' };
  const token = getToken();
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await send(path, { method, headers, body: isForm ? body : JSON.stringify(body) });
  if (!res.ok) throw await errorFrom(res, `${method} ${path}`);
  return (await res.json()) as T;
}
