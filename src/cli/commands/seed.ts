import { loadConfig } from '../../server/config.ts';
import { seedDemo } from '../../server/features/seed/demo.ts';
import { seedScale } from '../../server/features/seed/scale.ts';
import { intOption, parseOptions } from '../args.ts';
import { withDatabase } from './database.ts';

function progress(label: string) {
  let last = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    if (now - last > 1000 || done === total) {
      last = now;
      process.stderr.write(
        `\r${label}: ${done.toLocaleString('nl-NL')} / ${total.toLocaleString('nl-NL')} huishoudens`,
      );
      if (done === total) process.stderr.write('\n');
    }
  };
}

/**
 * regie seed                       demo organisations, accounts and population (skipped when present)
 * regie seed --households N --seed S   a deterministic synthetic population of N households for scale tests
 */
export async function seedCommand(args: string[]): Promise<number> {
  const { values } = parseOptions(args, { households: { type: 'string' }, seed: { type: 'string' } });
  if (loadConfig().env === 'production' && values.households === undefined) {
    console.error('Demodata wordt niet in productie geladen.');
    return 2;
  }
  const started = performance.now();
  return withDatabase('seed', async (ctx) => {
    if (values.households === undefined) {
      const seeded = await seedDemo(ctx, ctx.config.demoHouseholds, progress('Demo'));
      console.log(seeded ? 'Demodata geladen.' : 'Demodata was al geladen; niets gewijzigd.');
      return 0;
    }
    const households = intOption(values.households, 'households', 0);
    const seed = intOption(values.seed, 'seed', 1);
    const result = await seedScale(ctx.db, households, seed, progress('Schaaldata'));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    if (result.skipped) console.log(`Seed ${seed} was al geladen; niets gewijzigd (${seconds} s).`);
    else
      console.log(
        `${households.toLocaleString('nl-NL')} huishoudens in ${result.municipalities.length} gemeenten geladen in ${seconds} s.`,
      );
    return 0;
  });
}
