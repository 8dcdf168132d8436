/**
 * The files an ingest run reads: the files named, and every non-hidden file under the directories
 * named, in name order. Nothing is passed over without a word: what cannot be listed or is not a
 * document comes back as a problem naming the path, and the run goes on with the rest.
 *
 * Inside a directory:
 * - a symbolic link to a regular file is followed (the file is read under the link's path);
 * - a symbolic link to a directory is not followed (that could loop, or leave the tree named), nor
 *   is a broken link: each is skipped with its reason;
 * - FIFOs, sockets and devices are skipped with their reason (reading a FIFO would wait forever);
 * - a subdirectory that cannot be listed (no permission) is a failure, reported, and the rest is read.
 * Hidden files and directories (a name starting with ".") are left out by design.
 * A path named on the command line is read whatever it is: an unreadable or special file fails
 * when it is read, with its own message (readDocument).
 */
import { lstat, readdir, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { join } from 'node:path';
import { ValidationError } from '../model/index.js';

/** A path of the run that is not read: `failed` when it should have been (the run fails), `skipped` when it is not a document. */
export interface PathProblem {
  file: string;
  status: 'failed' | 'skipped';
  reason: string;
  error: ValidationError;
}

export interface DocumentList {
  /** The files to read, in order. */
  files: string[];
  /** What was found and not read, with the reason. */
  problems: PathProblem[];
}

/** "permission denied" and the like, from a file-system error. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'no such file or directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    case 'EIO':
      return 'input/output error';
    default:
      return code ? `cannot read (${code})` : error instanceof Error ? error.message.split('\n')[0]! : String(error);
  }
}

/** What kind of special file this is, for a message. */
function special(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

function problem(file: string, status: PathProblem['status'], reason: string, summary: string): PathProblem {
  return { file, status, reason, error: new ValidationError([{ where: file, message: reason }], summary) };
}

export async function listDocuments(paths: string[]): Promise<DocumentList> {
  const files: string[] = [];
  const problems: PathProblem[] = [];
  const failed = (file: string, reason: string): void => {
    problems.push(problem(file, 'failed', reason, `cannot read ${file}`));
  };
  const skipped = (file: string, reason: string): void => {
    problems.push(problem(file, 'skipped', reason, `skipped ${file}`));
  };

  const link = async (path: string): Promise<void> => {
    const target = await stat(path).catch((error: unknown) => error as Error);
    if (target instanceof Error)
      skipped(path, `symbolic link not followed: its target cannot be read (${fsReason(target)})`);
    else if (target.isFile()) files.push(path);
    else if (target.isDirectory())
      skipped(path, 'symbolic link to a directory, not followed (name the directory itself to read it)');
    else skipped(path, `symbolic link to ${special(target)}, not a document`);
  };

  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    } catch (error) {
      failed(dir, `cannot list the directory: ${fsReason(error)}`);
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else if (e.isFile()) files.push(path);
      else if (e.isSymbolicLink()) await link(path);
      else {
        // A special file, or a file system that does not give entry types: ask the file itself.
        const info = await lstat(path).catch((error: unknown) => error as Error);
        if (info instanceof Error) failed(path, fsReason(info));
        else if (info.isDirectory()) await walk(path);
        else if (info.isFile()) files.push(path);
        else if (info.isSymbolicLink()) await link(path);
        else skipped(path, `${special(info)}, not a document`);
      }
    }
  };

  for (const p of paths) {
    const info = await stat(p).catch((error: unknown) => error as Error);
    if (info instanceof Error) failed(p, fsReason(info));
    else if (info.isDirectory()) await walk(p);
    else files.push(p);
  }
  return { files, problems };
}

/** The files only; the first problem that should have been read is thrown (for callers that want all or nothing). */
export async function documentFiles(paths: string[]): Promise<string[]> {
  const { files, problems } = await listDocuments(paths);
  const bad = problems.find((x) => x.status === 'failed');
  if (bad) throw bad.error;
  return files;
}
