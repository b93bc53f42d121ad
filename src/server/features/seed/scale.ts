import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { areas, municipalities } from '../../db/schema/index.ts';
import { seedCosts } from './costs.ts';
import { type Area, generateHouseholds, insertPopulation, type SeedProgress } from './population.ts';
import { seedCareProvisions, seedProvisions } from './provisions.ts';

/** Households per scale municipality: about 2.3 residents each keeps them within the 90,909 test BSNs. */
export const HOUSEHOLDS_PER_MUNICIPALITY = 35_000;

/**
 * Seeds a large synthetic population for benchmarks: fictional municipalities (GM98xx, then downwards) with
 * 10 wijken of 4 buurten each. Deterministic for a seed; seeding the same seed twice adds nothing.
 */
export async function seedScale(
  db: Db,
  households: number,
  seed: number,
  onProgress?: SeedProgress,
): Promise<{ municipalities: string[]; skipped: boolean }> {
  const first = generateHouseholds(seed, 1, [
    { municipalityCode: 'x', woonplaats: 'x', wijkCode: 'x', buurtCode: 'x', postcodeBase: 1000 },
  ]).next().value;
  const exists = await db.execute(sql`SELECT 1 FROM households WHERE id = ${first?.household.id as string}`);
  if (exists.rows.length > 0) return { municipalities: [], skipped: true };

  const taken = new Set(
    (await db.select({ code: municipalities.code }).from(municipalities)).map((r) => r.code),
  );
  const needed = Math.max(1, Math.ceil(households / HOUSEHOLDS_PER_MUNICIPALITY));
  const codes: string[] = [];
  for (let n = 9899; codes.length < needed && n >= 1000; n--) {
    const code = `GM${n}`;
    if (!taken.has(code) && !code.startsWith('GM990')) codes.push(code);
  }
  const populationAreas: Area[] = [];
  await db.transaction(async (tx) => {
    for (const [i, code] of codes.entries()) {
      await tx.insert(municipalities).values({ code, name: `Schaalgemeente ${i + 1} (seed ${seed})` });
      const num = code.slice(2);
      for (let w = 1; w <= 10; w++) {
        const wijkCode = `WK${num}${String(w).padStart(2, '0')}`;
        await tx
          .insert(areas)
          .values({ code: wijkCode, kind: 'wijk', name: `Wijk ${w}`, municipalityCode: code });
        for (let b = 1; b <= 4; b++) {
          const buurtCode = `BU${num}${String(w).padStart(2, '0')}${String(b).padStart(2, '0')}`;
          await tx.insert(areas).values({
            code: buurtCode,
            kind: 'buurt',
            name: `Buurt ${w}.${b}`,
            municipalityCode: code,
            parentCode: wijkCode,
          });
        }
      }
    }
  });
  // Areas are visited round-robin per municipality block, so each municipality gets its share of households.
  for (const code of codes) {
    const num = code.slice(2);
    for (let w = 1; w <= 10; w++) {
      for (let b = 1; b <= 4; b++) {
        populationAreas.push({
          municipalityCode: code,
          woonplaats: `Schaalstad ${num}`,
          wijkCode: `WK${num}${String(w).padStart(2, '0')}`,
          buurtCode: `BU${num}${String(w).padStart(2, '0')}${String(b).padStart(2, '0')}`,
          postcodeBase: 1000 + ((Number(num) * 10) % 8990),
        });
      }
    }
  }
  await insertPopulation(db, seed, households, populationAreas, onProgress);
  await seedProvisions(db, codes);
  await seedCareProvisions(db, codes);
  await seedCosts(db, codes, new Date().getUTCFullYear());
  return { municipalities: codes, skipped: false };
}
