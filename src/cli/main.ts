/** The `orrery` command line: global options, the commands, and the one place errors become exit codes. */
import { Command, CommanderError } from 'commander';
import { OrreryError } from '../model/index.js';
import { EXIT, errorMessage, exitCodeFor } from './exit-codes.js';
import { safeText } from './output.js';
import { COMMANDS } from './registry.js';

export function buildProgram(): Command {
  const program = new Command('orrery')
    .description('Orrery: a sourced, computable model of the South Caucasus regional order')
    .option(
      '--db <file-or-url>',
      'the store: a SQLite file, or a postgres:// URL (env ORRERY_DB; default .orrery/orrery.db in the project)',
    )
    .option('--sources <dir>', 'directory of the source texts (env ORRERY_SOURCES; default ../shared/sources)')
    .option('--data <dir>', 'dataset directory (env ORRERY_DATA; default data/caucasus)')
    .option('--debug', 'on an internal error (exit 70), print its stack trace too')
    .showHelpAfterError()
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}

export async function run(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.exitCode === 0)
        return EXIT.ok;
      return EXIT.usage;
    }
    const debug = program.opts<{ debug?: boolean }>().debug === true;
    const internal = !(error instanceof OrreryError);
    process.stderr.write(
      `orrery: ${safeText(errorMessage(error))}${internal && !debug ? ' (run again with --debug for the stack trace)' : ''}\n`,
    );
    if (internal && debug && error instanceof Error && error.stack) process.stderr.write(`${safeText(error.stack)}\n`);
    return exitCodeFor(error);
  }
}

// A reader that stops early (`orrery events | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await run(process.argv);
