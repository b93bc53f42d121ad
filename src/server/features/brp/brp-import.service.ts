import { randomUUID } from 'node:crypto';
import type { Ctx } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import { DomainError } from '../../http/errors.ts';
import { dateInAmsterdam } from '../../lib/dates.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { addCounts, changeCount, emptyCounts, type ImportCounts, planBatch } from './brp-import.plan.ts';
import { applyBatch, loadBatchState, loadMunicipalityCodes, lockRegister } from './brp-import.repo.ts';
import { addressKey, type BrpRecord, type RecordIssue, toBrpRecord } from './brp-record.ts';

/**
 * `importBrp`: loads persons in the BRP Personen format into the household register (persons, addresses,
 * households, memberships over time). See brp-import.plan.ts for the rules and README.md in this folder for the
 * choices.
 *
 * How it runs:
 * 1. Every element is checked and reduced to a compact record (brp-record.ts); bad ones are reported with their
 *    index and field and skipped. The input is consumed completely before anything is written, so a file that
 *    turns out to be broken at the end (or has the wrong type) changes nothing. Memory: the compact records, not
 *    the file (see README.md for the figure).
 * 2. Records are grouped by address (so a household is decided with everyone who lives there) and written in
 *    batches, each in its own transaction under an advisory lock on the municipality's register. A batch that
 *    changes something writes one `brp.import` audit row (counts and the ids of the households it changed).
 * 3. At the end, one `brp.import` summary row per municipality with the totals, also when nothing changed.
 *    Importing the same file twice therefore adds only that summary row the second time. Audit rows never hold
 *    personal data: counts and ids only.
 * An import killed half-way leaves whole batches behind; running it again completes it (every step is idempotent).
 */

export type BrpImportOptions = {
  /** GMxxxx: import into this municipality's register; without it, each person's gemeenteVanInschrijving decides. */
  municipality?: string;
  /** Records per transaction (whole addresses are kept together). */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
};

export type BrpImportReport = {
  /** Elements read from the input. */
  gelezen: number;
  /** Valid records processed. */
  verwerkt: number;
  /** Valid records that changed nothing. */
  ongewijzigd: number;
  /** Persons registered in another municipality who were not in this register (with --municipality). */
  andereGemeente: number;
  fouten: RecordIssue[];
  meldingen: RecordIssue[];
  totaal: ImportCounts;
  perGemeente: Record<string, ImportCounts>;
  gewijzigd: boolean;
};

function batches(records: readonly BrpRecord[], size: number): BrpRecord[][] {
  const byAddress = new Map<string, BrpRecord[]>();
  const withoutAddress: BrpRecord[] = [];
  for (const r of records) {
    if (r.place.kind !== 'adres') withoutAddress.push(r);
    else {
      const key = addressKey(r.place.address);
      const list = byAddress.get(key);
      if (list) list.push(r);
      else byAddress.set(key, [r]);
    }
  }
  const out: BrpRecord[][] = [];
  let current: BrpRecord[] = [];
  for (const key of [...byAddress.keys()].sort()) {
    current.push(...byAddress.get(key)!);
    if (current.length >= size) {
      out.push(current);
      current = [];
    }
  }
  for (const r of withoutAddress) {
    current.push(r);
    if (current.length >= size) {
      out.push(current);
      current = [];
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

export async function importBrp(
  ctx: Ctx,
  personen: Iterable<unknown> | AsyncIterable<unknown>,
  options: BrpImportOptions = {},
): Promise<BrpImportReport> {
  const knownMunicipalities = await loadMunicipalityCodes(ctx.db);
  if (options.municipality !== undefined && !knownMunicipalities.has(options.municipality)) {
    throw new DomainError('validation', `Gemeente ${options.municipality} is niet bekend in Regie.`, [
      { path: 'municipality', message: `Gemeente ${options.municipality} is niet bekend in Regie.` },
    ]);
  }

  // 1. Read and check everything before writing anything.
  const report: BrpImportReport = {
    gelezen: 0,
    verwerkt: 0,
    ongewijzigd: 0,
    andereGemeente: 0,
    fouten: [],
    meldingen: [],
    totaal: emptyCounts(),
    perGemeente: {},
    gewijzigd: false,
  };
  const byMunicipality = new Map<string, Map<string, BrpRecord>>();
  const context = { municipality: options.municipality, knownMunicipalities };
  for await (const raw of personen) {
    const index = report.gelezen++;
    const result = toBrpRecord(raw, index, context);
    if (!result.ok) {
      report.fouten.push(...result.errors);
      continue;
    }
    const { record } = result;
    const register = byMunicipality.get(record.municipalityCode) ?? new Map<string, BrpRecord>();
    byMunicipality.set(record.municipalityCode, register);
    const earlier = register.get(record.bsn);
    if (earlier) {
      report.fouten.push({
        index,
        veld: 'burgerservicenummer',
        melding: `Deze persoon staat al eerder in het bestand (personen[${earlier.index}]); dit record is overgeslagen.`,
      });
      continue;
    }
    register.set(record.bsn, record);
    report.meldingen.push(...result.warnings);
  }

  // 2. Write, per municipality, in batches of whole addresses.
  const today = dateInAmsterdam(ctx.now);
  const batchSize = options.batchSize ?? 1000;
  const total = [...byMunicipality.values()].reduce((n, m) => n + m.size, 0);
  let done = 0;
  const summaries = new Map<string, { counts: ImportCounts; records: number; batches: number }>();
  for (const municipalityCode of [...byMunicipality.keys()].sort()) {
    const fileByBsn = byMunicipality.get(municipalityCode)!;
    const counts = emptyCounts();
    let changedBatches = 0;
    for (const batch of batches([...fileByBsn.values()], batchSize)) {
      const keys = new Set(
        batch.flatMap((r) => (r.place.kind === 'adres' ? [addressKey(r.place.address)] : [])),
      );
      const postcodes = [
        ...new Set(batch.flatMap((r) => (r.place.kind === 'adres' ? [r.place.address.postcode] : []))),
      ];
      await inTransaction(ctx, async (tx) => {
        await lockRegister(tx, municipalityCode);
        const state = await loadBatchState(
          tx,
          municipalityCode,
          batch.map((r) => r.bsn),
          postcodes,
          keys,
        );
        const plan = planBatch({
          ...state,
          municipalityCode,
          today,
          records: batch,
          fileByBsn,
          newId: randomUUID,
        });
        const endedHouseholds = await applyBatch(tx, plan);
        plan.counts.huishoudensBeeindigd = endedHouseholds.length;
        report.andereGemeente += plan.notInRegister;
        report.ongewijzigd += plan.unchanged;
        addCounts(counts, plan.counts);
        if (changeCount(plan.counts) > 0) {
          changedBatches++;
          await appendAudit(ctx, tx, {
            action: 'brp.import',
            resourceType: 'household',
            resourceIds: [...new Set([...plan.changedHouseholds, ...endedHouseholds])].sort(),
            municipalityCode,
            details: { stap: 'verwerking', records: batch.length, ...plan.counts },
          });
        }
      });
      done += batch.length;
      options.onProgress?.(done, total);
    }
    report.perGemeente[municipalityCode] = counts;
    addCounts(report.totaal, counts);
    summaries.set(municipalityCode, { counts, records: fileByBsn.size, batches: changedBatches });
  }
  report.verwerkt = total;
  report.gewijzigd = changeCount(report.totaal) > 0;

  // 3. One summary row per municipality (or one for the import as a whole when no record was valid).
  if (summaries.size === 0)
    summaries.set(options.municipality ?? '', { counts: emptyCounts(), records: 0, batches: 0 });
  await inTransaction(ctx, async (tx) => {
    for (const [municipalityCode, s] of summaries) {
      await appendAudit(ctx, tx, {
        action: 'brp.import',
        resourceType: 'household',
        resourceIds: [],
        municipalityCode: municipalityCode === '' ? null : municipalityCode,
        details: {
          stap: 'samenvatting',
          gelezen: report.gelezen,
          records: s.records,
          fouten: report.fouten.length,
          meldingen: report.meldingen.length,
          andereGemeente: report.andereGemeente,
          gewijzigd: changeCount(s.counts) > 0,
          batchesMetWijzigingen: s.batches,
          ...s.counts,
        },
      });
    }
  });
  return report;
}
