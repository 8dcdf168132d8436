/**
 * What the analysis engine reads: plain arrays of model records. The types are the minimal shapes the
 * engines use, so the store's records (StoredEvent, Relation, Indicator, Dependency, Actor) fit them
 * as they are, and tests can build fixtures by hand with only the fields that matter.
 */
import type {
  Citation,
  DatePrecision,
  Hypothesis,
  Phase,
  QuadClass,
  Reference,
  RelationType,
  Status,
} from '../model/index.js';

/** Where an event came from; coded events count only once a reviewer accepted them. */
export type AnalysisOrigin =
  | { kind: 'curated' }
  | { kind: 'coded'; review?: 'pending' | 'accepted' | 'rejected' }
  | { kind: 'imported' }
  /** Made by a scenario (model/scenario.ts): it counts only in answers computed under that scenario. */
  | ({ kind: 'hypothetical' } & Hypothesis);

/** An event as the store derives it: the states its actors stand for at its date, its quad class and intensity. */
export interface AnalysisEvent {
  id: string;
  /** Partial date: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** States or organizations the actors resolve to at the event's date. */
  actor_country: readonly string[];
  recipient_country: readonly string[];
  quad_class: QuadClass;
  /** −10..+10 (intensity.ts). */
  intensity: number;
  /** The actors as written (persons, territories...); series match them too. */
  actor?: readonly string[];
  recipient?: readonly string[];
  date_precision?: DatePrecision;
  event_type?: string;
  mode?: string | null;
  /** How co-actors stand to each other (ties.ts); unset: by the default rule. */
  co_actors?: 'counterparts' | 'partners';
  summary?: string;
  status?: Status;
  origin?: AnalysisOrigin;
  citations?: readonly Citation[];
}

export interface AnalysisRelation {
  id: string;
  type: RelationType;
  actors: readonly string[];
  sign: 1 | -1;
  strength: number;
  from: string;
  to: string | null;
  phases?: readonly Phase[];
  summary?: string;
  status?: Status;
  citations?: readonly Citation[];
  references?: readonly Reference[];
  /** Set when a scenario made or altered the relation (its end, say): not evidence. */
  hypothetical?: Hypothesis;
}

export interface AnalysisIndicator {
  id: string;
  actor: string;
  metric: string;
  value: number;
  high?: number;
  unit: string;
  date: string;
  approximate?: boolean;
  bound?: 'exact' | 'lower' | 'upper';
  status?: Status;
  citations?: readonly Citation[];
}

export interface AnalysisDependency {
  id: string;
  /** Supplier. */
  from: string;
  /** Dependent. */
  to: string;
  commodity: string;
  share?: number;
  share_high?: number;
  value?: number;
  unit?: string;
  period_from: string;
  period_to: string | null;
  approximate?: boolean;
  /** observed (default), estimated or projected: see model/dependency.ts. */
  basis?: 'observed' | 'estimated' | 'projected';
  /** A figure for unnamed years within the period (a peak), shown beside the level, never as it. */
  some_years?: boolean;
  /** A named series; by default the supplier, dependent and commodity make the series. */
  series?: string;
  summary?: string;
  status?: Status;
  citations?: readonly Citation[];
  /** Set when a scenario made the figure: not evidence. */
  hypothetical?: Hypothesis;
}

export interface AnalysisActor {
  id: string;
  kind: string;
  name: string;
  valid_from?: string | null;
  valid_to?: string | null;
  /** What the state level rolls an actor up by (resolve.ts): parent body, country, offices, holders. */
  parent?: string | null;
  country?: string | null;
  roles?: ReadonlyArray<{ of: string; from: string; to: string | null }>;
  held_by?: ReadonlyArray<{ by: string; from: string | null; to: string | null }>;
}

/** Everything an analysis may read; each analysis says which parts it needs. */
export interface AnalysisData {
  events: readonly AnalysisEvent[];
  relations: readonly AnalysisRelation[];
  indicators: readonly AnalysisIndicator[];
  dependencies: readonly AnalysisDependency[];
  actors: readonly AnalysisActor[];
}

export type DataPart = keyof AnalysisData;

/** An empty data set with some parts filled: handy for tests and callers that need only one part. */
export function analysisData(parts: Partial<AnalysisData>): AnalysisData {
  return { events: [], relations: [], indicators: [], dependencies: [], actors: [], ...parts };
}
