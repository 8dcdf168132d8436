/** Sources: the documents, one document with its text and the passages cited from it, single passages. */
import { citedPassages } from './citing.js';
import { sha256 } from '../../dataset/hash.js';
import { NotFoundError, UsageError } from '../../model/errors.js';
import { passageContract, sourceContract, sourcesContract } from '../../contracts/reads/sources.js';
import { defineOperation } from '../operation.js';

export const sourcesOperation = defineOperation({
  contract: sourcesContract,
  run: ({ store }) => store.listSources(),
});

export const sourceOperation = defineOperation({
  contract: sourceContract,
  async run(ctx, p) {
    const source = await ctx.store.getSource(p.id);
    if (!source) throw new NotFoundError('source', p.id, 'list sources with `orrery sources` or GET /api/sources');
    const texts = await ctx.data.texts();
    const text = texts.text(source.id) ?? null;
    let problem: string | undefined;
    if (text === null) {
      try {
        texts.require(source.id);
      } catch (error) {
        problem = (error as Error).message;
      }
    } else if (sha256(text) !== source.sha256)
      problem = `the text of "${source.id}" does not match its SHA-256 (it changed since it was cited)`;
    const net = await ctx.data.network().catch(() => undefined);
    const passages = citedPassages(source.id, await ctx.data.dataset(), net);
    return { source, text, ...(problem ? { text_problem: problem } : {}), passages };
  },
});

export const passageOperation = defineOperation({
  contract: passageContract,
  async run(ctx, p) {
    if (p.end <= p.start) throw new UsageError(`end (${p.end}) must be greater than start (${p.start})`);
    const text = (await ctx.data.texts()).require(p.source);
    if (p.end > text.length)
      throw new UsageError(`end ${p.end} is past the end of "${p.source}" (${text.length} characters)`);
    const passage = text.slice(p.start, p.end);
    return { ...p, sha256: sha256(passage), text: passage };
  },
});
