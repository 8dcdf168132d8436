/**
 * What evaluating a claim gives: a verdict per test and for the claim, the figures behind it and a
 * one-line key figure. `undetermined` means the engines have no figure to judge by (no share recorded,
 * no capability index, no network to route on), which is not the same as the model disagreeing.
 */
import type { RouteQuery, RouteResult } from '../../corridors/route.js';
import type { Citation } from '../../model/index.js';
import type { AnalysisData } from '../../analysis/input.js';

export type Verdict = 'agrees' | 'disagrees' | 'undetermined';

export type Figure = number | string | boolean | null | string[];

export interface CheckResult {
  kind: string;
  verdict: Verdict;
  /** The numbers behind the verdict (before, after, value, share, ratio, countries...). */
  figures: Record<string, Figure>;
  /** One line for a table: "ARM–RUS 0.710 (2019) → −0.200 (2025), expected to fall". */
  key: string;
  /** Why there is no verdict, when undetermined. */
  reason?: string;
}

export interface ClaimResult {
  id: string;
  statement: string;
  verdict: Verdict;
  /** The figures of the claim's test (of each test, keyed by its index, when it has several). */
  figures: Record<string, Figure> | Array<Record<string, Figure>>;
  key: string;
  checks: CheckResult[];
  /** The distinct sources the claim cites. */
  sources: string[];
  citations: Citation[];
  known_disagreement?: string;
}

/** The corridor router, injected so the engine stays pure: `findRoutes` on a loaded network. */
export type Router = (from: string, to: string, query: RouteQuery) => RouteResult;

/** What each test reads: the data, analyses run through the registry (memoized), and the router when there is a network. */
export interface ClaimContext {
  data: AnalysisData;
  run: <R>(analysis: string, params: Record<string, unknown>) => R;
  route?: Router;
}
