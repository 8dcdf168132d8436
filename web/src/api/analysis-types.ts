/** What the analyses return (docs/analysis.md): the network, the diff between two dates, a pair's series. */
import type { Citation } from './citation';

export interface Contribution {
  kind: 'relation' | 'event';
  id: string;
  weight: number;
  type: string;
  date: string;
  summary: string;
  citations: Citation[];
}

export interface NetworkNode {
  id: string;
  name?: string;
  kind?: string;
  bloc: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  weight: number;
  relationWeight: number;
  eventWeight: number;
  eventCount: number;
  contributions: Contribution[];
}

export interface NetworkResult {
  date: string;
  modularity: number;
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

export interface ExplainedChange {
  kind: string;
  id: string;
  type: string;
  date: string;
  summary: string;
  before: number;
  after: number;
  delta: number;
  citations: Citation[];
}

export interface TieChange {
  source: string;
  target: string;
  before: number;
  after: number;
  delta: number;
  signFlip: boolean;
  explanation: ExplainedChange[];
}

export interface DiffResult {
  from: string;
  to: string;
  changes: TieChange[];
}

export interface SeriesEvent {
  id: string;
  date: string;
  direction: string;
  quad_class: string;
  intensity: number;
  event_type: string;
  summary: string;
}

export interface SeriesBucket {
  bucket: string;
  start: string;
  end: string;
  counts: Record<string, number>;
  total: number;
  intensity: number;
  imprecise: number;
  events: SeriesEvent[];
}

export interface SeriesResult {
  a: string;
  b: string;
  granularity: string;
  buckets: SeriesBucket[];
}
