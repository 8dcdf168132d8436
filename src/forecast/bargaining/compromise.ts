/**
 * The compromise model: the outcome is the mean of the actors' positions weighted by capability ×
 * salience. Van den Bos (1991) "Dutch EC policy making"; Achen (2006) "Evaluating political
 * decision-making models", in Thomson, Stokman, Achen & König (eds.), The European Union Decides, who
 * derives it as an approximation of a Nash bargaining solution. The benchmark to beat on DEU.
 */
import { weightedMean, type Bargain, type BargainingModel } from './stakes.js';

export const compromise: BargainingModel = {
  name: 'compromise',
  method: 'capability × salience weighted mean (van den Bos 1991; Achen 2006)',
  forecast: (b: Bargain) => weightedMean(b.stakes),
};
