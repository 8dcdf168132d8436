/**
 * The scenario the workbench is showing (`scenario=` in the hash, kept from view to view): every call
 * to an engine whose contract takes `scenario` is made with it (api/call.ts), so each view computes
 * over the evidence with the scenario's hypothetical changes. Absent, the views show the evidence alone.
 */

/** The scenario id in the current URL, or null for the evidence alone. */
export function currentScenario(): string | null {
  const raw = location.hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const id = q < 0 ? null : new URLSearchParams(raw.slice(q + 1)).get('scenario');
  return id && /^[a-z0-9][a-z0-9._-]*$/i.test(id) ? id : null;
}

/** The scenario mark of an answer computed under a scenario (`scenario`: id, title, hypothetical records), or null. */
export function scenarioMark(answer: unknown): { id: string; title: string; records: Set<string> } | null {
  const m = (answer as { scenario?: { id?: unknown; title?: unknown; records?: unknown } } | null | undefined)
    ?.scenario;
  if (!m || typeof m.id !== 'string') return null;
  const records = Array.isArray(m.records) ? m.records.map(String) : [];
  return { id: m.id, title: typeof m.title === 'string' ? m.title : m.id, records: new Set(records) };
}

/** The ids of the hypothetical records in an answer computed under a scenario, or null. */
export function hypotheticalIds(answer: unknown): Set<string> | null {
  return scenarioMark(answer)?.records ?? null;
}
