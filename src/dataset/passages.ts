/** Reading cited passages for display, saying where the texts are expected when they are missing. */
import { OrreryError, type Citation } from '../model/index.js';
import type { SourceTexts } from './texts.js';

export interface ShownPassage extends Citation {
  text?: string;
  problem?: string;
}

export function passages(texts: SourceTexts, citations: Citation[]): ShownPassage[] {
  return citations.map((c) => {
    try {
      const problem = texts.check(c);
      return problem ? { ...c, problem } : { ...c, text: texts.passage(c) };
    } catch (error) {
      return { ...c, problem: error instanceof OrreryError ? error.message : String(error) };
    }
  });
}

export function formatPassage(p: ShownPassage): string {
  const head = `[${p.source} ${p.start}–${p.end}]`;
  return p.text !== undefined
    ? `${head}\n  “${p.text.replace(/\s+/g, ' ').trim()}”`
    : `${head}\n  (passage unavailable: ${p.problem})`;
}
