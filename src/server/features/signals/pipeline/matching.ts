import { type SQL, sql } from 'drizzle-orm';
import type { Ctx, Executor } from '../../../context.ts';
import { loadSignalSettings } from '../settings.ts';
import { byIds, type SignalSet, setRows, setTable } from './batch.ts';
import { MATCH_SCORES, NAME_AGREES_FROM, noMatchStatus } from './match-rules.ts';
import { STATUS } from './statuses.ts';

/**
 * Matches the batch's signals with match_status 'open' to a person and household of their municipality.
 * Set-based for speed (the import runs ≥ 20,000 signals/s): one statement reads which municipalities the batch
 * holds, then one UPDATE … FROM settles every signal with a BSN and one every signal with an address.
 *
 * 1. BSN: the person with that BSN in the signal's municipality. Deceased → matched, status "Inwoner is overleden";
 *    a current member of a current household → matched; otherwise no match (a DDAS signal with a BSN has no address).
 * 2. Address: current households with current members at the postcode + huisnummer (+ toevoeging), scored per person
 *    on birth date and name similarity (pg_trgm); see MATCH_SCORES. A clear winner above `autoMatchScore` is
 *    matched, anything from `reviewMinScore` goes to the review queue with its candidates, the rest is no match.
 * 3. No match: status "Persoon is geen inwoner (meer) in de gemeente" or left pending, per `noMatch`.
 * The reason (method, fields that agreed, score, and the candidates of a review) is stored in signals.match.
 */
export async function matchSignals(_ctx: Ctx, db: Executor, signalIds: readonly string[]): Promise<void> {
  if (signalIds.length === 0) return;
  await matchSet(db, byIds(signalIds));
}

/** Matching for a set of signals: by id in `signals`, or an import batch in the staging table (batch.ts). */
export async function matchSet(db: Executor, set: SignalSet): Promise<void> {
  const { rows } = await db.execute<{ municipality_code: string; with_bsn: number; without_bsn: number }>(sql`
    SELECT municipality_code, count(*) FILTER (WHERE bsn IS NOT NULL)::int AS with_bsn,
      count(*) FILTER (WHERE bsn IS NULL)::int AS without_bsn
    FROM ${setRows(set)} WHERE s.match_status = 'open'
    GROUP BY municipality_code`);
  if (rows.length === 0) return;
  const cfg = await settingsTable(
    db,
    rows.map((r) => r.municipality_code),
  );
  if (rows.some((r) => r.with_bsn > 0)) await db.execute(matchByBsn(set, cfg));
  if (rows.some((r) => r.without_bsn > 0)) await db.execute(matchByAddress(set, cfg));
}

/** The thresholds and no-match status per municipality of the batch, as an SQL row source `cfg`. */
async function settingsTable(db: Executor, codes: string[]): Promise<SQL> {
  const auto: number[] = [];
  const review: number[] = [];
  const noMatch: (string | null)[] = [];
  for (const code of codes) {
    const settings = await loadSignalSettings(db, code);
    auto.push(settings.autoMatchScore);
    review.push(settings.reviewMinScore);
    noMatch.push(noMatchStatus(settings));
  }
  return sql`SELECT * FROM unnest(${sql.param(codes)}::text[], ${sql.param(auto)}::numeric[],
    ${sql.param(review)}::numeric[], ${sql.param(noMatch)}::text[])
    AS c(municipality_code, auto_score, review_score, no_match_status)`;
}

/**
 * The batch's open signals, driven by the id array and fetched by primary key (batchSignals: a plain join let the
 * planner, trusting statistics that say few signals are open, scan `signals` and join it with the id list
 * quadratically), and every derived row below is computed per signal (LATERAL), so the work stays linear in the
 * batch whatever the planner guesses.
 */
function openSignals(set: SignalSet, withBsn: boolean): SQL {
  return sql`${setRows(set, 'b')}
    JOIN cfg ON cfg.municipality_code = b.municipality_code
    AND b.match_status = 'open' AND ${withBsn ? sql`b.bsn IS NOT NULL` : sql`b.bsn IS NULL`}`;
}

function matchByBsn(set: SignalSet, cfg: SQL): SQL {
  const reason = JSON.stringify({ method: 'bsn', fields: ['bsn'], score: 1 });
  // A deceased person keeps the household of their last membership (the BRP import ends it on the death date).
  return sql`
    WITH cfg AS (${cfg})
    UPDATE ${setTable(set)} s SET
      match_status = CASE WHEN o.matched THEN 'gematcht' ELSE 'geen_match' END,
      person_id = CASE WHEN o.matched THEN o.person_id END,
      household_id = CASE WHEN o.matched THEN o.household_id END,
      match = CASE WHEN o.matched THEN ${reason}::jsonb END,
      status = CASE WHEN o.deceased THEN ${STATUS.deceased}
        WHEN NOT o.matched THEN coalesce(o.no_match_status, s.status) ELSE s.status END
    FROM (
      SELECT b.id, p.id AS person_id, coalesce(p.overlijdensdatum IS NOT NULL, false) AS deceased,
        hm.household_id, cfg.no_match_status,
        coalesce(p.overlijdensdatum IS NOT NULL, false) OR hm.household_id IS NOT NULL AS matched
      FROM ${openSignals(set, true)}
      LEFT JOIN persons p ON p.municipality_code = b.municipality_code AND p.bsn = b.bsn
      LEFT JOIN LATERAL (
        SELECT m.household_id FROM household_members m JOIN households h ON h.id = m.household_id
        WHERE m.person_id = p.id
          AND (p.overlijdensdatum IS NOT NULL OR (m.to_date IS NULL AND h.ended_on IS NULL))
        ORDER BY m.to_date DESC NULLS FIRST, m.from_date DESC, m.household_id
        LIMIT 1
      ) hm ON true
    ) o
    WHERE s.id = o.id`;
}

/**
 * Huisletter and huisnummertoevoeging, normalised for comparison: upper case, only letters and digits. Partners
 * write the same address as "12 A", "12a", "12-A-2", "12 A 2" or with "bis"; the BRP splits it into huisletter "A"
 * and toevoeging "2". Leniently, a signal's toevoeging agrees with an address when it equals the letter, the
 * toevoeging, or both together in either order ("A2", "2A"), because partners often send only one part or swap them.
 */
function normalised(value: SQL): SQL {
  return sql`regexp_replace(upper(coalesce(${value}, '')), '[^A-Z0-9]', '', 'g')`;
}

/** The scoring constants as SQL literals (not parameters), so they are typed numeric and the plan sees them. */
function weights() {
  const literal = (n: number) => sql.raw(`${Number(n)}::numeric`);
  return {
    address: literal(MATCH_SCORES.address),
    birthDate: literal(MATCH_SCORES.birthDate),
    name: literal(MATCH_SCORES.name),
    onlyHousehold: literal(MATCH_SCORES.onlyHousehold),
    lead: literal(MATCH_SCORES.lead),
    nameAgrees: literal(NAME_AGREES_FROM),
  };
}

/**
 * Per signal (LATERAL): the current households with a current member at a matching address, each with its best
 * person's score and the fields that agreed, best first, at most 6 (5 candidates and the runner-up's score).
 */
function rankedHouseholds(): SQL {
  const letter = normalised(sql`a.huisletter`);
  const addition = normalised(sql`a.huisnummertoevoeging`);
  const fullName = sql`p.voornamen || ' ' || coalesce(p.voorvoegsel || ' ', '') || p.geslachtsnaam`;
  const w = weights();
  return sql`
    SELECT jsonb_agg(jsonb_build_object('householdId', hs.household_id, 'personId', hs.person_id,
        'score', hs.score, 'fields', to_jsonb(hs.fields)) ORDER BY hs.score DESC, hs.household_id) AS list
    FROM (
      SELECT * FROM (
        SELECT DISTINCT ON (ps.household_id) ps.household_id, ps.person_id, ps.score, ps.fields
        FROM (
          SELECT f.household_id,
            CASE WHEN f.birth_agrees OR f.name_similarity >= ${w.nameAgrees} THEN f.person_id END AS person_id,
            round(${w.address} + CASE
              WHEN n.address_only THEN CASE WHEN f.households_here = 1 THEN ${w.onlyHousehold} ELSE 0 END
              ELSE CASE WHEN f.birth_agrees THEN ${w.birthDate} ELSE 0 END
                + coalesce(${w.name} * f.name_similarity, 0)
            END, 4) AS score,
            ARRAY['postcode', 'huisnummer']
              || CASE WHEN n.toevoeging <> '' THEN ARRAY['toevoeging'] ELSE ARRAY[]::text[] END
              || CASE WHEN f.birth_agrees THEN ARRAY['geboortedatum'] ELSE ARRAY[]::text[] END
              || CASE WHEN f.name_similarity >= ${w.nameAgrees} THEN ARRAY['naam'] ELSE ARRAY[]::text[] END
              AS fields
          FROM (
            SELECT hh.household_id, hh.households_here, p.id AS person_id,
              coalesce(p.geboortedatum = b.birth_date, false) AS birth_agrees,
              CASE WHEN n.name IS NOT NULL THEN similarity(n.name, ${fullName})::numeric END AS name_similarity
            FROM (
              SELECT h.id AS household_id, count(*) OVER (PARTITION BY a.id) AS households_here
              FROM addresses a
              JOIN households h ON h.address_id = a.id AND h.ended_on IS NULL
              WHERE a.postcode = n.postcode AND a.huisnummer = b.huisnummer
                AND a.municipality_code = b.municipality_code
                AND (n.toevoeging = '' OR n.toevoeging IN (${letter} || ${addition}, ${addition} || ${letter},
                  nullif(${letter}, ''), nullif(${addition}, '')))
                AND EXISTS (SELECT 1 FROM household_members m WHERE m.household_id = h.id AND m.to_date IS NULL)
            ) hh
            JOIN household_members m ON m.household_id = hh.household_id AND m.to_date IS NULL
            JOIN persons p ON p.id = m.person_id
          ) f
        ) ps
        ORDER BY ps.household_id, ps.score DESC, ps.person_id NULLS LAST
      ) per_household
      ORDER BY per_household.score DESC, per_household.household_id
      LIMIT 6
    ) hs`;
}

function matchByAddress(set: SignalSet, cfg: SQL): SQL {
  const w = weights();
  const reason = sql`jsonb_build_object('method', 'adres', 'fields', o.best -> 'fields', 'score', o.best -> 'score')`;
  return sql`
    WITH cfg AS (${cfg})
    UPDATE ${setTable(set)} s SET
      match_status = o.outcome,
      household_id = CASE WHEN o.outcome = 'gematcht' THEN (o.best ->> 'householdId')::uuid END,
      person_id = CASE WHEN o.outcome = 'gematcht' THEN (o.best ->> 'personId')::uuid END,
      match = CASE o.outcome
        WHEN 'gematcht' THEN ${reason}
        -- The runner-up (index 5) only served to measure the lead; a review shows the top 5.
        WHEN 'te_beoordelen' THEN ${reason} || jsonb_build_object('candidates', o.list - 5)
      END,
      status = CASE WHEN o.outcome = 'geen_match' THEN coalesce(o.no_match_status, s.status) ELSE s.status END
    FROM (
      SELECT r.id, r.list, r.best, r.no_match_status,
        CASE
          WHEN r.best_score >= r.auto_score AND (r.next_score IS NULL OR r.best_score - r.next_score >= ${w.lead})
            THEN 'gematcht'
          WHEN r.best_score >= r.review_score THEN 'te_beoordelen'
          ELSE 'geen_match'
        END AS outcome
      FROM (
        SELECT b.id, cfg.auto_score, cfg.review_score, cfg.no_match_status, c.list, c.list -> 0 AS best,
          (c.list -> 0 ->> 'score')::numeric AS best_score, (c.list -> 1 ->> 'score')::numeric AS next_score
        FROM ${openSignals(set, false)}
        CROSS JOIN LATERAL (
          SELECT upper(regexp_replace(b.postcode, '\\s', '', 'g')) AS postcode,
            ${normalised(sql`coalesce(b.huisletter, '') || coalesce(b.huisnummertoevoeging, '')`)} AS toevoeging,
            nullif(btrim(b.name), '') AS name,
            b.birth_date IS NULL AND nullif(btrim(b.name), '') IS NULL AS address_only
        ) n
        LEFT JOIN LATERAL (${rankedHouseholds()}) c ON true
      ) r
    ) o
    WHERE s.id = o.id`;
}
