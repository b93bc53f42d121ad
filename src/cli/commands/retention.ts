import { runDestruction } from '../../server/features/privacy/retention/destruction.ts';
import { parseOptions } from '../args.ts';
import { withDatabase } from './database.ts';

export type RetentionIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  withDatabase: typeof withDatabase;
};

const processIo: RetentionIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  withDatabase,
};

const HELP = `Gebruik: regie retention run [--now JJJJ-MM-DDTUU:MM:SSZ] [--json]

Vernietigt wat over de bewaartermijn is, in alle gemeenten: signalen, vroegsignaalzaken, afgesloten casussen
met alles wat erbij hoort, importverslagen en ingetrokken toestemmingen. Wat onder een blokkade (juridische
bewaarplicht) valt, blijft. Per gemeente en categorie komt er een vernietigingsverslag met alleen aantallen.
Dit is dezelfde ronde die Regie zelf elke dag draait.

  --now MOMENT   reken met dit moment in plaats van nu (ISO 8601), bijvoorbeeld om vooruit te kijken op een
                 testomgeving
  --json         schrijf de uitkomst als JSON

Afsluitcode: 0 klaar, 2 verkeerde invoer.
`;

/** `regie retention run`: one destruction run now (or at --now), the same as the daily housekeeping job. */
export async function retentionCommand(args: string[], io: RetentionIo = processIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'help' || sub === '--help' || sub === '-h') {
    io.stdout(HELP);
    return 0;
  }
  if (sub !== 'run') {
    io.stderr(HELP);
    return 2;
  }
  const { values, positionals } = parseOptions(rest, {
    now: { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length > 0) {
    io.stderr(`Onverwacht argument: "${positionals[0]}".\n\n${HELP}`);
    return 2;
  }
  let now: Date | undefined;
  if (values.now !== undefined) {
    now = new Date(values.now);
    if (!/^\d{4}-\d{2}-\d{2}/.test(values.now) || Number.isNaN(now.getTime())) {
      io.stderr(`--now moet een moment zijn als 2027-01-31T09:00:00Z, niet "${values.now}".\n`);
      return 2;
    }
  }
  return io.withDatabase('retention-run', async (ctx) => {
    const run = await runDestruction(now ? { ...ctx, now } : ctx);
    if (values.json) {
      io.stdout(`${JSON.stringify(run, null, 2)}\n`);
      return 0;
    }
    io.stdout(`Vernietigingsronde ${run.runId} met peildatum ${run.today}:\n`);
    for (const m of run.municipalities) {
      const parts = Object.entries(m.counts)
        .filter(([, n]) => n > 0)
        .map(([category, n]) => `${category} ${n.toLocaleString('nl-NL')}`);
      io.stdout(
        `  ${m.municipalityCode}: ${parts.length === 0 ? 'niets over de termijn' : parts.join(', ')}\n`,
      );
    }
    return 0;
  });
}
