/** Precision, recall and F1 for the coder's scorers (evaluate.ts, gsr-score.ts, cameo-score.ts), rounded to three places. */

export const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/** `matchedGold` of `gold` found, `matchedExtracted` of `extracted` right; 0 where a count is 0. */
export function prf(
  gold: number,
  extracted: number,
  matchedGold: number,
  matchedExtracted: number,
): { precision: number; recall: number; f1: number } {
  const precision = extracted ? matchedExtracted / extracted : 0;
  const recall = gold ? matchedGold / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: r3(precision), recall: r3(recall), f1: r3(f1) };
}
