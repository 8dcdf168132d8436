/**
 * When a filter names an actor the record does not know, say so in words and offer the closest names
 * (by edit distance over ids, names and aliases), each a button that puts it in place of the typo.
 */
import { ApiError } from '../../api/client';
import type { Actor } from '../../api/types';

/** Levenshtein distance, case-insensitive. */
export function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[t.length]!;
}

/** The actors whose id, name or an alias is closest to `typed`, best first. */
export function closest(typed: string, actors: readonly Actor[], n = 5): Actor[] {
  const scored = actors.map((a) => {
    const forms = [a.id, a.name, ...(a.aliases ?? [])];
    const d = Math.min(
      ...forms.map((f) => {
        const full = distance(typed, f);
        // A prefix of a longer name counts as close ("Armen" for Armenia).
        return f.toLowerCase().startsWith(typed.toLowerCase()) ? Math.min(full, 1) : full;
      }),
    );
    return { a, d };
  });
  const limit = Math.max(2, Math.ceil(typed.length / 3));
  return scored
    .filter((x) => x.d <= limit)
    .sort((x, y) => x.d - y.d || x.a.name.localeCompare(y.a.name))
    .slice(0, n)
    .map((x) => x.a);
}

/** The unknown name in a not-found answer about an actor, if that is what it is. */
export function unknownActor(error: Error | undefined): string | null {
  if (!(error instanceof ApiError) || error.code !== 'not_found') return null;
  return /no actor "([^"]+)"/.exec(error.message)?.[1] ?? null;
}

export function Suggestions({
  typed,
  actors,
  onPick,
}: {
  typed: string;
  actors: readonly Actor[];
  onPick: (id: string) => void;
}) {
  const near = closest(typed, actors);
  return (
    <div className="status warning suggestions" role="alert">
      <p>
        No actor called “{typed}” in the record.
        {near.length ? ' Did you mean:' : ' Check the spelling, or use a name from the network view.'}
      </p>
      {near.length > 0 && (
        <ul>
          {near.map((a) => (
            <li key={a.id}>
              <button type="button" className="link" title={a.id} onClick={() => onPick(a.id)}>
                {a.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
