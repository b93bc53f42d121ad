import type { withDatabase } from '../../src/cli/commands/database.ts';
import { type ImportIo, importCommand } from '../../src/cli/commands/import.ts';
import type { Ctx } from '../../src/server/context.ts';

/** A `withDatabase` for CLI tests: the command runs on the test database's context instead of opening one. */
export function onTestDatabase(ctx: () => Ctx, onOpen: () => void = () => {}): typeof withDatabase {
  return (async (_name: string, fn: Parameters<typeof withDatabase>[1]) => {
    onOpen();
    return fn(ctx());
  }) as typeof withDatabase;
}

/** `regie import …` in-process on a test database, with stdout and stderr captured. */
export async function runImportCommand(ctx: () => Ctx, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: ImportIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    withDatabase: onTestDatabase(ctx),
    progress: false,
  };
  const code = await importCommand(args, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}
