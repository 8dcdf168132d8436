/** Showing a database URL in messages without its password (no driver import, so the CLI can use it cheaply). */

/** The URL with any password (in the user part or a `password` parameter) replaced by ***. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    const params = [...u.searchParams.keys()].filter((k) => /^(ssl)?password$/i.test(k));
    for (const k of params) u.searchParams.set(k, '***');
    return u.toString();
  } catch {
    // URLs with an empty host (a unix socket given as ?host=/dir) are not WHATWG URLs.
    return url.replace(/:\/\/([^:@/]*):[^@/]*@/, '://$1:***@').replace(/([?&](?:ssl)?password=)[^&]*/gi, '$1***');
  }
}
