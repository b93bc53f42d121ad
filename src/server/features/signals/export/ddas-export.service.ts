import { type Ctx, type Executor, inTransaction } from '../../../context.ts';
import { DomainError, type FieldError } from '../../../http/errors.ts';
import { isIsoDate } from '../../../lib/dates.ts';
import { appendAudit } from '../../audit/audit.service.ts';
import {
  CODE_GEGEVENSLEVERANCIER,
  type DdasVroegsignaal,
  type DdasVroegsignaalzaak,
  ddasDateTime,
  toDdasVroegsignaal,
  toDdasVroegsignaalzaak,
} from './ddas-export.map.ts';
import {
  caseBatches,
  caseContactAttempts,
  caseSignalIds,
  countUndeliverable,
  type ExportPeriod,
  gemeenteOrganisationName,
  municipalityName,
  signalBatches,
} from './ddas-export.repo.ts';
import { type TextSink, writeDdasDelivery } from './ddas-json-writer.ts';

/**
 * `exportDdas`: the CBS delivery of one municipality over a period, as a DDAS v1.2 Uitwisselmodel (see README.md in
 * this folder for the choices).
 *
 * Only vroegsignalen (payment arrears under the Wgs) are delivered: DDAS is the data standard of Wgs
 * vroegsignalering and CBS's monitor counts those. Zorgsignalen (worries about a household) have no place in the
 * schema and are personal data CBS has no ground to receive.
 *
 * How it runs: everything is read in one REPEATABLE READ, READ ONLY transaction, so the signals and the cases that
 * refer to them come from one snapshot even while the teams keep working. Signals and cases are read in keyset
 * batches and written to the sink as they come, so memory stays flat for a municipality with 100,000s of signals.
 * The audit row is written afterwards in its own transaction: appending to the audit chain inside a long snapshot
 * would fail on the chain head's row lock as soon as anyone else was audited meanwhile.
 */

export type DdasExportInput = {
  municipality: string;
  from: string;
  to: string;
  /** Name of the aanleverende organisatie; default the municipality's own organisation (kind gemeente). */
  organisationName?: string;
  /** Rows per read; tests use small batches to cross batch boundaries. */
  batchSize?: number;
};

export type DdasExportReport = {
  gemeentecode: string;
  van: string;
  tot: string;
  vroegsignalen: number;
  vroegsignaalzaken: number;
  /** Vroegsignalen of the period that could not be delivered: no BSN and no postcode + huisnummer. */
  overgeslagen: number;
};

const DEFAULT_BATCH_SIZE = 1000;

/** Checks the input before anything is read; Dutch messages that name the option. */
export function checkDdasExportInput(
  input: Pick<DdasExportInput, 'municipality' | 'from' | 'to'>,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!/^GM[0-9]{4}$/.test(input.municipality)) {
    errors.push({
      path: 'municipality',
      message: `--municipality moet een CBS-gemeentecode zijn, zoals GM0363 (gegeven: "${input.municipality}").`,
    });
  }
  for (const [path, value] of [
    ['from', input.from],
    ['to', input.to],
  ] as const) {
    if (!isIsoDate(value)) {
      errors.push({
        path,
        message: `--${path} moet een bestaande datum zijn in de vorm JJJJ-MM-DD, zoals 2026-10-31 (gegeven: "${value}").`,
      });
    }
  }
  if (errors.length === 0 && input.from > input.to) {
    errors.push({
      path: 'to',
      message: `De periode klopt niet: --from (${input.from}) ligt na --to (${input.to}).`,
    });
  }
  return errors;
}

export async function exportDdas(
  ctx: Ctx,
  input: DdasExportInput,
  sink: TextSink,
): Promise<DdasExportReport> {
  // The delivery holds BSNs of a whole municipality: for now only the operator's command line may make it.
  if (ctx.actor?.type !== 'system') throw new DomainError('forbidden');
  const errors = checkDdasExportInput(input);
  if (errors.length > 0) throw new DomainError('validation', errors[0]!.message, errors);
  const period: ExportPeriod = { municipalityCode: input.municipality, from: input.from, to: input.to };
  const name = await municipalityName(ctx.db, period.municipalityCode);
  if (name === null) {
    throw new DomainError('validation', `Gemeente ${period.municipalityCode} is niet bekend in Regie.`, [
      { path: 'municipality', message: `Gemeente ${period.municipalityCode} is niet bekend in Regie.` },
    ]);
  }
  const naam =
    input.organisationName?.trim() ||
    (await gemeenteOrganisationName(ctx.db, period.municipalityCode)) ||
    `Gemeente ${name}`;
  const batchSize = input.batchSize ?? DEFAULT_BATCH_SIZE;
  const report: DdasExportReport = {
    gemeentecode: period.municipalityCode,
    van: period.from,
    tot: period.to,
    vroegsignalen: 0,
    vroegsignaalzaken: 0,
    overgeslagen: 0,
  };

  try {
    await ctx.db.transaction(
      async (tx) => {
        report.overgeslagen = await countUndeliverable(tx, period);
        await writeDdasDelivery(
          sink,
          {
            startdatumLevering: period.from,
            einddatumLevering: period.to,
            aanleverdatumEnTijd: ddasDateTime(ctx.now),
            codeGegevensleverancier: CODE_GEGEVENSLEVERANCIER,
            gemeentecode: period.municipalityCode,
            aanleverendeOrganisatie: { naam },
          },
          counting(vroegsignalen(tx, period, batchSize), () => report.vroegsignalen++),
          counting(vroegsignaalzaken(tx, period, batchSize), () => report.vroegsignaalzaken++),
        );
      },
      { isolationLevel: 'repeatable read', accessMode: 'read only' },
    );
  } catch (err) {
    // Part of the delivery may already have been written: that read of personal data is audited too.
    await audit(ctx, report, true).catch(() => undefined);
    throw err;
  }
  await audit(ctx, report, false);
  return report;
}

async function* vroegsignalen(db: Executor, period: ExportPeriod, batchSize: number) {
  for await (const batch of signalBatches(db, period, batchSize)) {
    for (const row of batch) {
      const signal = toDdasVroegsignaal(row);
      if (signal) yield signal;
    }
  }
}

async function* vroegsignaalzaken(
  db: Executor,
  period: ExportPeriod,
  batchSize: number,
): AsyncGenerator<DdasVroegsignaalzaak> {
  for await (const batch of caseBatches(db, period, batchSize)) {
    const ids = batch.map((c) => c.id);
    const refs = await caseSignalIds(db, period, ids);
    const attempts = await caseContactAttempts(db, ids);
    for (const zaak of batch) {
      const signalIds = refs.get(zaak.id);
      if (!signalIds || signalIds.length === 0) continue; // cannot happen: the batch query requires one
      yield toDdasVroegsignaalzaak(zaak, period, signalIds, attempts.get(zaak.id) ?? []);
    }
  }
}

/** Counts what has been written so far, so an interrupted export still audits how much left the building. */
async function* counting<T extends DdasVroegsignaal | DdasVroegsignaalzaak>(
  items: AsyncIterable<T>,
  onItem: () => void,
): AsyncGenerator<T> {
  for await (const item of items) {
    yield item;
    onItem();
  }
}

async function audit(ctx: Ctx, report: DdasExportReport, interrupted: boolean): Promise<void> {
  await inTransaction(ctx, (tx) =>
    appendAudit(ctx, tx, {
      action: 'signal.export',
      resourceType: 'signal',
      // The ids are not listed (100,000s for a large municipality): municipality and period identify the set.
      resourceIds: [],
      municipalityCode: report.gemeentecode,
      details: {
        formaat: 'DDAS v1.2',
        van: report.van,
        tot: report.tot,
        vroegsignalen: report.vroegsignalen,
        vroegsignaalzaken: report.vroegsignaalzaken,
        overgeslagen: report.overgeslagen,
        ...(interrupted ? { afgebroken: true } : {}),
      },
    }),
  );
}
