/**
 * JSON responses. `<`, `>` and `&` are written as \u escapes, so a document's text that holds markup
 * can never be read as HTML, even by a client that sniffs or embeds the response; JSON.parse gives
 * the same string back.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function stringify(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (ch) => ESCAPES[ch]!);
}

export function jsonText(text: string, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(text, { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}

export function json(value: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return jsonText(stringify(value), status, headers);
}
