import { sql } from 'drizzle-orm';
import type { Executor } from '../../context.ts';
import type { IsoDate } from '../../lib/dates.ts';
import type { BijstandHousehold, RegisterMember, RegisterRelation } from './impact.household.ts';

/** The provision the impact report looks at: Participatiewet algemene bijstand, granted. */
export const BIJSTAND = {
  law: 'participatiewet',
  product: 'algemene-bijstand',
  status: 'toegekend',
} as const;

type Row = {
  household_id: string;
  municipality_code: string;
  claimant_id: string | null;
  /** "person-id relation birth-date" per member, comma-separated; "-" for an unknown birth date; null: nobody. */
  members: string | null;
};

const RELATIONS = new Set<RegisterRelation>(['hoofd', 'partner', 'kind', 'overig']);

function parseMembers(text: string | null): RegisterMember[] {
  if (!text) return [];
  return text.split(',').map((entry) => {
    const [personId, relation, birth] = entry.split(' ');
    if (!personId || !RELATIONS.has(relation as RegisterRelation) || !birth) {
      throw new Error('unexpected household member row'); // no data in the message: it could hold personal data
    }
    return {
      personId,
      relation: relation as RegisterRelation,
      geboortedatum: birth === '-' ? null : birth,
    };
  });
}

/**
 * The households with an active bijstand provision on the peildatum in these municipalities, with their members on
 * that day, in batches of `batchSize` households (keyset on household id, so memory stays flat however many there
 * are). One set-based query per batch: the provisions index (law, product, status) finds the claims, the household
 * index the members of each claim (so the work grows with the number of claims, not with the size of the register);
 * members are folded into one text per household in the database, so there is no per-household round trip.
 *
 * - Active: status `toegekend`, start_date ≤ peildatum ≤ end_date (end_date inclusive, or open).
 * - One claim per household: with several active bijstand provisions in one household, the earliest started one
 *   (then the lowest id) is taken. The report counts households.
 * - Members on the peildatum: from_date ≤ peildatum ≤ to_date (to_date is the last day, as the BRP import writes it:
 *   the day before the move, or the date of death), or open; and not deceased before the peildatum.
 * Only columns the calculation needs are read: no names, BSNs or addresses.
 */
export async function* bijstandHouseholds(
  db: Executor,
  municipalityCodes: readonly string[],
  peildatum: IsoDate,
  batchSize = 20_000,
): AsyncGenerator<BijstandHousehold[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await db.execute<Row>(sql`
      WITH claims AS (
        SELECT DISTINCT ON (pr.household_id) pr.household_id, pr.municipality_code, pr.person_id
        FROM provisions pr
        WHERE pr.law = ${BIJSTAND.law} AND pr.product = ${BIJSTAND.product} AND pr.status = ${BIJSTAND.status}
          AND pr.start_date <= ${peildatum}::date
          AND (pr.end_date IS NULL OR pr.end_date >= ${peildatum}::date)
          AND pr.municipality_code = ANY(${sql.param([...municipalityCodes])}::text[])
          AND pr.household_id > ${after}::uuid
        ORDER BY pr.household_id, pr.start_date, pr.id
        LIMIT ${batchSize}::int
      )
      SELECT c.household_id, c.municipality_code, c.person_id AS claimant_id,
        (SELECT string_agg(m.person_id::text || ' ' || m.relation || ' ' || coalesce(p.geboortedatum::text, '-'), ',')
          FROM household_members m
          JOIN persons p ON p.id = m.person_id
            AND (p.overlijdensdatum IS NULL OR p.overlijdensdatum >= ${peildatum}::date)
          WHERE m.household_id = c.household_id
            AND m.from_date <= ${peildatum}::date AND (m.to_date IS NULL OR m.to_date >= ${peildatum}::date)
        ) AS members
      FROM claims c
      ORDER BY c.household_id`);
    if (rows.length === 0) return;
    yield rows.map((r) => ({
      householdId: r.household_id,
      municipalityCode: r.municipality_code,
      claimantId: r.claimant_id,
      members: parseMembers(r.members),
    }));
    if (rows.length < batchSize) return;
    after = rows[rows.length - 1]!.household_id;
  }
}
