/**
 * A watched directory: the files under it (as `orrery ingest` reads a directory: recursively, hidden
 * files left out, special files and links to directories skipped with their reason), each with its
 * size and modification time, so that a run reads only files that are new or changed.
 */
import { readFile, stat } from 'node:fs/promises';
import { fsReason, listDocuments } from '../files.js';
import { DEFAULT_MAX_BYTES, checkSize } from '../formats/bytes.js';

export interface DirectoryItem {
  path: string;
  size: number;
  mtimeMs: number;
  read(): Promise<Buffer>;
}

/** The directory's files; an Error when the directory itself cannot be read. */
export async function readDirectoryItems(
  dir: string,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<{ items: DirectoryItem[]; problems: string[] }> {
  const info = await stat(dir).catch((error: unknown) => {
    throw new Error(`cannot read the directory ${dir}: ${fsReason(error)}`);
  });
  if (!info.isDirectory()) throw new Error(`${dir} is not a directory`);
  const { files, problems } = await listDocuments([dir]);
  const items: DirectoryItem[] = [];
  for (const path of files) {
    const s = await stat(path).catch(() => undefined);
    if (!s) continue;
    items.push({
      path,
      size: s.size,
      mtimeMs: Math.floor(s.mtimeMs),
      read: async () => {
        checkSize(path, s.size, maxBytes);
        return readFile(path);
      },
    });
  }
  return { items, problems: problems.map((p) => `${p.file}: ${p.reason}`) };
}
