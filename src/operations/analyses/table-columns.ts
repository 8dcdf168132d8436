/** Helpers for the CSV rows the analyses' tables are made of. */

/** The named fields of a record, in the order given (the order of the CSV columns). */
export function pick<T extends object, const K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = record[k];
  return out;
}

/** The ids of the first five records of a list (the strongest contributions or explanations). */
export function topIds(records: ReadonlyArray<{ id: string }>): string[] {
  return records.slice(0, 5).map((x) => x.id);
}
