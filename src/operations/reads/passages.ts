/** A passage as the answers show it: text null (and the problem said) when it cannot be read. */
import type { ShownPassage } from '../../dataset/passages.js';

export function shownPassage(p: ShownPassage) {
  return {
    source: p.source,
    start: p.start,
    end: p.end,
    sha256: p.sha256,
    text: p.text ?? null,
    ...(p.problem ? { problem: p.problem } : {}),
  };
}
