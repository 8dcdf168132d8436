/**
 * A long plain-text document made up for the ingest-job tests and the ingest latency benchmark:
 * dated dispatches about three actors, most sentences background that codes to nothing, one in
 * every few an accusation, a visit, an aid delivery or a meeting that the coder turns into an event.
 * Deterministic for a given size and names (a simple counter drives every choice).
 */
import { MONTH_NAMES } from '../../src/model/index.js';

const BACKGROUND = [
  'Farmers in the lower valley said the spring rains had come late again this year.',
  'The municipal library reopened its reading room after the roof was repaired.',
  'Prices of bread and cooking oil were little changed at the weekly market.',
  'A regional football match drew a larger crowd than the organisers had expected.',
  'Teachers asked for more heating fuel ahead of the winter term.',
  'Engineers inspected the old bridge and found the supports in fair condition.',
  'The weather service forecast clear skies for most of the coming week.',
];

function eventSentence(n: number, [a, b, c]: readonly [string, string, string], day: string): string {
  switch (n % 4) {
    case 0:
      return `${a} accused ${b} of shelling border villages on ${day}.`;
    case 1:
      return `${c} sent humanitarian aid to ${a} on ${day}.`;
    case 2:
      return `The foreign minister of ${b} visited ${c} on ${day}.`;
    default:
      return `${a} and ${c} held talks on transit routes on ${day}.`;
  }
}

/** About `bytes` characters of text (ASCII, so as many bytes), in paragraphs of a few sentences. */
export function largeDocument(bytes: number, actors: readonly [string, string, string], year = 2024): string {
  const parts: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const day = `${1 + (n % 28)} ${MONTH_NAMES[Math.floor(n / 28) % 12]} ${year}`;
    const sentence = n % 6 === 5 ? eventSentence(Math.floor(n / 6), actors, day) : BACKGROUND[n % BACKGROUND.length]!;
    const piece = n % 5 === 4 ? `${sentence}\n\n` : `${sentence} `;
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('');
}
