import { stat } from 'node:fs/promises';
import writeFileAtomic from 'write-file-atomic';
import { DeaError } from '../core/errors.js';
import { neutralizeLine } from '../core/sanitize.js';
import { readDeckFile } from './read-deck-file.js';

/** Files a user names on the command line: a file to read in, a file dea writes for them. */

/**
 * Writes a file dea made (an imported deck, a template) atomically: a reader never sees half of
 * it. An existing file is kept unless `force`: decks are hand-edited, and losing one is worse
 * than asking again.
 */
export async function writeNewFile(file: string, text: string, force = false): Promise<void> {
  const shown = neutralizeLine(file);
  if (!force && (await stat(file).then(() => true, () => false))) {
    throw new DeaError('FILE_EXISTS', `${shown} already exists`, 'choose another file with -o, or add --force to replace it');
  }
  await writeFileAtomic(file, text).catch((e: NodeJS.ErrnoException) => {
    throw new DeaError('USAGE', `cannot write ${shown}: ${e.code ?? e.message}`, 'check that the folder exists and is writable, or print to stdout with -o -');
  });
}

/**
 * A text file a user gave dea to read, with the checks and the size limit of deck files
 * (read-deck-file.ts): at most 1 MiB, UTF-8, no NUL bytes.
 */
export async function readTextInput(file: string): Promise<string> {
  const shown = neutralizeLine(file);
  const info = await stat(file).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') throw new DeaError('FILE_NOT_FOUND', `no such file: ${shown}`, 'give the path of a Markdown file, e.g. dea import ./bank.md');
    throw new DeaError('FILE_UNREADABLE', `cannot read ${shown}: ${e.code ?? e.message}`);
  });
  if (info.isDirectory()) throw new DeaError('USAGE', `${shown} is a folder`, 'give one Markdown file, e.g. dea import bank.md');
  const read = await readDeckFile(file);
  if ('issue' in read) throw new DeaError('FILE_UNREADABLE', `cannot import ${shown}: ${read.issue.message}`, read.issue.expected);
  return read.text;
}

