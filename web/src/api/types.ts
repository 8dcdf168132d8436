/**
 * The shapes the web app reads from /api (the HTTP contract, docs/analysis.md and docs/corridors.md).
 * Only the fields the views use are typed; the server may send more.
 */

import type { Citation } from './citation';

export type { Citation } from './citation';

export interface Source {
  id: string;
  title: string;
  author: string | null;
  publisher: string | null;
  published: string;
  published_inferred?: boolean;
  kind: string;
  url: string | null;
}

export interface CitedRecord {
  kind: string;
  id: string;
  summary?: string;
  /** Set on a figure that is an estimate or a projection, not an observation. */
  basis?: 'estimated' | 'projected';
}

export interface SourcePassage {
  start: number;
  end: number;
  sha256: string;
  records: CitedRecord[];
}

export interface SourceDetail {
  source: Source;
  text: string | null;
  text_problem?: string;
  passages: SourcePassage[];
}

export interface Passage extends Citation {
  text: string | null;
  problem?: string;
}

export interface Actor {
  id: string;
  kind: string;
  name: string;
  aliases?: string[];
}

export interface ExchangeEvent {
  id: string;
  date: string;
  date_precision?: string;
  end_date?: string | null;
  event_type: string;
  mode?: string | null;
  context?: string[];
  actor: string[];
  recipient: string[];
  actor_country?: string[];
  recipient_country?: string[];
  quad_class?: string;
  intensity?: number;
  summary: string;
  status: string;
  origin: string;
  confidence?: number;
  rule?: string;
  review?: string;
  citations: Citation[];
}

export interface EventsPage {
  total: number;
  limit: number;
  offset: number;
  items: ExchangeEvent[];
}

export interface Claim {
  says: string;
  record?: string;
  value?: string;
  preferred?: boolean;
  citations: Citation[];
  passages?: Passage[];
}

export interface Conflict {
  id: string;
  kind: string;
  topic: string;
  claims: Claim[];
  note?: string;
}

export interface EventDetail {
  event: ExchangeEvent;
  passages: Passage[];
  conflicts: Conflict[];
  corroborating_sources: string[];
}

export * from './corridor-types';
