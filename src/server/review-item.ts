/** A coded event as the review queue shows it: the exchange form, its version, the rule and the sentences it cites. */
import { exchangeEvent } from '../model/index.js';
import type { ReviewItem } from '../ingest/review.js';
import { eventVersion } from '../store/event-version.js';
import type { Store, StoredEvent } from '../store/store.js';

export interface ShownItem {
  event: Record<string, unknown>;
  version: string;
  confidence: number;
  rule: string;
  passages: Array<{ source: string; start: number; end: number; sha256: string; text: string | null }>;
}

export function shownItem(item: ReviewItem): ShownItem {
  return {
    event: exchangeEvent(item.event),
    version: item.version,
    confidence: item.confidence,
    rule: item.rule,
    passages: item.passages.map((p) => ({
      source: p.source,
      start: p.start,
      end: p.end,
      sha256: p.sha256,
      text: p.text ?? null,
    })),
  };
}

/** The review items of stored coded events (others are skipped), passages read from the texts stored with their sources. */
export async function itemsOf(store: Store, events: StoredEvent[]): Promise<ShownItem[]> {
  const texts = new Map<string, string | undefined>();
  const out: ShownItem[] = [];
  for (const event of events) {
    if (event.origin.kind !== 'coded') continue;
    const passages = [];
    for (const c of event.citations) {
      if (!texts.has(c.source)) texts.set(c.source, await store.getSourceText(c.source));
      const text = texts.get(c.source);
      passages.push({ ...c, text: text === undefined ? undefined : text.slice(c.start, c.end) });
    }
    out.push(
      shownItem({
        event,
        version: eventVersion(event),
        confidence: event.origin.confidence,
        rule: event.origin.rule,
        passages,
      }),
    );
  }
  return out;
}
