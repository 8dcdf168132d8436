/**
 * Reading source texts and the passages citations point at. The texts of the shipped sources
 * live outside the repository (see paths.ts); texts of ingested documents are stored in the store
 * and handed in through `extra`. Offsets are UTF-16 code units, end exclusive.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EnvironmentError, NotFoundError, type Citation, type Source } from '../model/index.js';
import { sha256 } from './hash.js';

export class SourceTexts {
  private readonly cache = new Map<string, string>();

  constructor(
    readonly dir: string,
    private readonly sources: ReadonlyMap<string, Source>,
    private readonly extra: (id: string) => string | undefined = () => undefined,
  ) {}

  /** The text of a source, or undefined when it is not available here. */
  text(sourceId: string): string | undefined {
    const hit = this.cache.get(sourceId);
    if (hit !== undefined) return hit;
    const source = this.sources.get(sourceId);
    if (!source) return undefined;
    const stored = this.extra(sourceId);
    const path = join(this.dir, source.file);
    const text = stored ?? (existsSync(path) ? readFileSync(path, 'utf8') : undefined);
    if (text !== undefined) this.cache.set(sourceId, text);
    return text;
  }

  /** The text, or an error saying where it was expected. */
  require(sourceId: string): string {
    const source = this.sources.get(sourceId);
    if (!source) throw new NotFoundError('source', sourceId);
    const text = this.text(sourceId);
    if (text === undefined) {
      throw new EnvironmentError(
        `the text of source "${sourceId}" is not available: expected ${join(this.dir, source.file)} ` +
          `(set --sources or ORRERY_SOURCES to the directory holding the source texts)`,
      );
    }
    return text;
  }

  /** The exact passage a citation points at. */
  passage(c: Citation): string {
    return this.require(c.source).slice(c.start, c.end);
  }

  /** Why a citation does not resolve, or null when it does. Null also when the text is unavailable and `lenient`. */
  check(c: Citation): string | null {
    const source = this.sources.get(c.source);
    if (!source) return `cites unknown source "${c.source}"`;
    const text = this.text(c.source);
    if (text === undefined)
      return `text of source "${c.source}" not found: expected at ${join(this.dir, source.file)} (set --sources or ORRERY_SOURCES)`;
    if (c.end > text.length)
      return `offsets ${c.start}-${c.end} are out of range: source "${c.source}" has ${text.length} characters`;
    const actual = sha256(text.slice(c.start, c.end));
    if (actual !== c.sha256)
      return `passage ${c.source}:${c.start}-${c.end} does not match its hash (the text or the offsets changed)`;
    return null;
  }
}
