/**
 * A dyad-year of an outside event record (ICEWS): how many cooperative and conflictual events one
 * country directed at another in a year, by quad class. The model's ties are checked against these
 * (src/analysis/dyad-check.ts); src/ingest/exchange/icews-dyads.ts reads them from a file.
 */
export interface DyadYear {
  /** ISO 3166 alpha-3 codes of the acting and the receiving country. */
  source: string;
  target: string;
  year: number;
  verbalCooperation: number;
  materialCooperation: number;
  verbalConflict: number;
  materialConflict: number;
}
