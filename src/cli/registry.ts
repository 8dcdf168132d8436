/** Every command, registered once. */
import type { Command } from 'commander';
import { register as cite } from './commands/cite.js';
import { register as validate } from './commands/validate.js';

export const COMMANDS: Array<(program: Command) => void> = [validate, cite];
