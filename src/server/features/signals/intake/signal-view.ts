import { eq, sql } from 'drizzle-orm';
import type { Signaalstatus } from '../../../../shared/ddas.ts';
import type { Executor } from '../../../context.ts';
import { addresses, areas, households, signalCases, signals, teams } from '../../../db/schema/index.ts';
import { type CategoryCatalogue, categoryLabel } from './categories.ts';

/**
 * How a signal is shown to the team: the signal, the household it was matched to with that household's address
 * (wijk from the register, not from what the partner sent), its team and its case. Shared by the worklist and the
 * detail so both show the same fields.
 */
export const signalViewColumns = {
  id: signals.id,
  municipalityCode: signals.municipalityCode,
  category: signals.category,
  kind: signals.kind,
  source: signals.source,
  partnerType: signals.partnerType,
  urgency: signals.urgency,
  crisis: signals.crisis,
  amountEuros: signals.amountEuros,
  receivedAt: signals.receivedAt,
  signalDate: signals.signalDate,
  deadline: signals.deadline,
  status: signals.status,
  matchStatus: signals.matchStatus,
  teamId: signals.teamId,
  teamName: teams.name,
  caseId: signals.caseId,
  householdId: households.id,
  householdMunicipalityCode: households.municipalityCode,
  wijkCode: addresses.wijkCode,
  wijkName: areas.name,
  straat: addresses.straat,
  huisnummer: addresses.huisnummer,
  huisletter: addresses.huisletter,
  toevoeging: addresses.huisnummertoevoeging,
  postcode: addresses.postcode,
  woonplaats: addresses.woonplaats,
};

/** The signal with its household's address, team and case; callers add the where, order and paging. */
export function selectSignalView(db: Executor) {
  return db
    .select(signalViewColumns)
    .from(signals)
    .leftJoin(households, eq(households.id, signals.householdId))
    .leftJoin(addresses, eq(addresses.id, households.addressId))
    .leftJoin(areas, eq(areas.code, addresses.wijkCode))
    .leftJoin(teams, eq(teams.id, signals.teamId))
    .leftJoin(signalCases, eq(signalCases.id, signals.caseId));
}

/** The number of signals over the same joins, for paging with the same filters. */
export function countSignalView(db: Executor) {
  return db
    .select({ n: sql<number>`count(*)::int` })
    .from(signals)
    .leftJoin(households, eq(households.id, signals.householdId))
    .leftJoin(addresses, eq(addresses.id, households.addressId))
    .leftJoin(areas, eq(areas.code, addresses.wijkCode))
    .leftJoin(teams, eq(teams.id, signals.teamId))
    .leftJoin(signalCases, eq(signalCases.id, signals.caseId));
}

export type SignalViewRow = Awaited<ReturnType<typeof selectSignalView>>[number];

export function toWorklistItem(row: SignalViewRow, catalogue: CategoryCatalogue) {
  return {
    id: row.id,
    categorie: row.category,
    categorieLabel: categoryLabel(catalogue, row.municipalityCode, row.category),
    soort: row.kind,
    bron: row.source,
    partnerType: row.partnerType,
    urgentie: row.urgency,
    crisis: row.crisis,
    bedrag: row.amountEuros,
    ontvangenOp: row.receivedAt.toISOString(),
    signaaldatum: row.signalDate,
    deadline: row.deadline,
    status: row.status as Signaalstatus,
    matchStatus: row.matchStatus,
    wijkCode: row.wijkCode,
    wijkNaam: row.wijkName,
    teamId: row.teamId,
    teamNaam: row.teamName,
    zaakId: row.caseId,
    huishouden:
      row.householdId && row.straat !== null && row.huisnummer !== null && row.postcode !== null
        ? {
            id: row.householdId,
            adres: {
              straat: row.straat,
              huisnummer: row.huisnummer,
              huisletter: row.huisletter,
              toevoeging: row.toevoeging,
              postcode: row.postcode,
              woonplaats: row.woonplaats ?? '',
            },
          }
        : null,
  };
}
