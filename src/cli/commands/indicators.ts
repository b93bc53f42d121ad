import { refreshAggregates } from '../../server/features/indicators/aggregates/aggregates.refresh.ts';
import { dateInAmsterdam } from '../../server/lib/dates.ts';
import { parseOptions } from '../args.ts';
import { withDatabase } from './database.ts';

const HELP = `Gebruik: regie indicators refresh [--municipality GMxxxx] [--all]

Telt de indicatoren opnieuw voor vorig jaar en dit jaar, per gemeente, en bewaart de uitkomst (zonder
onderdrukking: die gebeurt bij het tonen). Dit is dezelfde ronde die Regie zelf elke INDICATOR_REFRESH_MINUTES
minuten draait; de pagina's en de prestatieafspraken lezen de cijfers daaruit.

  --municipality CODE   alleen deze gemeente
  --all                 alle perioden opnieuw, niet alleen de lopende en die van vandaag nog ontbreken
                        (bijvoorbeeld na een correctie in oude gegevens)

Afsluitcode: 0 klaar, 2 verkeerde invoer.
`;

/** `regie indicators refresh`: one refresh of the indicator aggregates, with the time per indicator. */
export async function indicatorsCommand(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'help' || sub === '--help' || sub === '-h') {
    process.stdout.write(HELP);
    return 0;
  }
  if (sub !== 'refresh') {
    process.stderr.write(HELP);
    return 2;
  }
  const { values, positionals } = parseOptions(rest, {
    municipality: { type: 'string' },
    all: { type: 'boolean' },
  });
  if (positionals.length > 0) {
    process.stderr.write(`Onverwacht argument: "${positionals[0]}".\n\n${HELP}`);
    return 2;
  }
  if (values.municipality !== undefined && !/^GM\d{4}$/.test(values.municipality)) {
    process.stderr.write(
      `--municipality moet een CBS-code zijn als GM0363, niet "${values.municipality}".\n`,
    );
    return 2;
  }
  return withDatabase('indicators-refresh', async (ctx) => {
    const started = performance.now();
    const steps = await refreshAggregates(ctx.db, {
      today: dateInAmsterdam(ctx.now),
      now: ctx.now,
      municipalities: values.municipality ? [values.municipality] : undefined,
      mode: values.all ? 'all' : 'missing',
    });
    for (const s of steps) {
      process.stdout.write(
        `  ${s.municipality}  ${s.indicator.padEnd(28)} ${String(s.periods).padStart(3)} perioden ${s.ms.toFixed(0).padStart(7)} ms\n`,
      );
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`Klaar: ${steps.length} tellingen in ${seconds} s.\n`);
    return 0;
  });
}
