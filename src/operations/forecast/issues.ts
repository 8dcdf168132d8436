/** The bargaining issue files as the operations read them: citations checked against the texts, actors against the dataset. */
import { loadIssues, type LoadedIssue } from '../../dataset/issues.js';
import type { SourceTexts } from '../../dataset/texts.js';
import type { OperationContext } from '../context.js';

/** The issues under `<dataDir>/issues`, checked against the texts and the actor ids. */
export function readIssues(dataDir: string, texts: SourceTexts, actorIds: Iterable<string>): LoadedIssue[] {
  return loadIssues(dataDir, (c) => texts.check(c), new Set(actorIds));
}

/** The issues as the operations read them (also what scenarios are checked against). */
export async function contextIssues(ctx: OperationContext): Promise<LoadedIssue[]> {
  const [texts, dataset] = await Promise.all([ctx.data.texts(), ctx.data.dataset()]);
  return readIssues(
    ctx.data.dataDir,
    texts,
    dataset.actors.map((a) => a.id),
  );
}
