import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Ctx, Executor } from '../../context.ts';
import { inTransaction } from '../../context.ts';
import { municipalities, organisationMunicipalities } from '../../db/schema/index.ts';
import { DomainError } from '../../http/errors.ts';
import { dateInAmsterdam, type IsoDate } from '../../lib/dates.ts';
import { requireCapability } from '../access/policy.ts';
import { appendAudit } from '../audit/audit.service.ts';
import { costSharerAgeOn } from './cost-sharer-age.ts';
import { A_CLASSES, FiguresAccumulator, type RawFigures, REDUCTION_CLASSES } from './impact.figures.ts';
import { householdOutcome } from './impact.household.ts';
import { bijstandHouseholds } from './impact.repo.ts';
import type { ImpactRapport, Variant } from './impact.schemas.ts';
import {
  bedrag,
  cel,
  protectAdditive,
  publishNested,
  SUPPRESSION_TEXT,
  THRESHOLD,
} from './impact.suppression.ts';
import { policyVariants, type VariantDescription } from './impact.variants.ts';
import { formatEuro } from './money.ts';
import { normTableOn } from './norm-tables.ts';
import { defaultRuleParameters, type RuleParameters } from './rule-parameters.ts';

/**
 * The impact report of the kostendelersnorm (issue 6 item 5): for the households on bijstand on a peildatum, how many
 * the kostendelersnorm affects, how much it lowers their norms, and what a policy variant would cost or save.
 *
 * Only aggregates leave this module, after suppression (impact.suppression.ts). The figures are computed in one pass
 * over batches of households read with one set-based query each (impact.repo.ts), with the same calculation the
 * calculator, the CLI and the API use.
 */

export const IMPACT_ASSUMPTIONS: readonly string[] = [
  "Bijstandshuishoudens: huishoudens met een toegekende voorziening Participatiewet 'algemene-bijstand' die op de " +
    'peildatum loopt (begindatum ≤ peildatum ≤ einddatum). Heeft een huishouden meer lopende bijstandsvoorzieningen, ' +
    'dan telt het één keer, met de aanvrager van de eerst gestarte voorziening.',
  'Wie er wonen: de leden van het huishouden op de peildatum (van de begindatum tot en met de einddatum, zoals de ' +
    'BRP-koppeling die vastlegt), zonder personen die vóór de peildatum zijn overleden.',
  'Aanvrager: de persoon van de voorziening (het hoofd als de voorziening geen persoon noemt). Partner: het lid met ' +
    "relatie 'partner' als de aanvrager het hoofd is, of het hoofd als de aanvrager de partner is.",
  "Kinderen onder 18: leden met relatie 'kind' die op de peildatum jonger zijn dan 18, als de aanvrager hoofd of " +
    'partner is.',
  "Alle andere leden zijn medebewoners. Relatie: een kind van het hoofd is 'kind', ieder ander 'geen familie'. " +
    'Huur tegen een commerciële prijs, studiefinanciering (WSF 2000/WTOS), bbl en mantelzorg (art. 22a lid 4) staan ' +
    "niet in het register en staan op 'nee'. Zo telt iedereen van de kostendelersleeftijd mee: het aantal getroffen " +
    'huishoudens en de verlaging zijn daardoor een bovengrens.',
  'Bedragen zijn normen, geen uitkeringen: inkomsten, toeslagen en maatwerk (art. 18 lid 1) zijn niet verrekend. ' +
    'Een jaar is 12 keer de maandnorm op de peildatum (de vakantietoeslag zit in de maandnorm).',
  'Niet berekend: een onbekende geboortedatum, een aanvrager die op de peildatum niet in het huishouden woont, of een ' +
    'huishouden waarvoor de rekenregels geen norm geven (bijvoorbeeld een aanvrager jonger dan 18).',
  'Varianten veranderen alleen de regel. Wie bij wie woont blijft gelijk; dat mensen anders gaan wonen als de regel ' +
    'verandert, zit niet in de cijfers.',
];

export type ImpactComputation = {
  peildatum: IsoDate;
  params: RuleParameters;
  variants: VariantDescription[];
  raw: RawFigures;
};

/**
 * The raw figures for these municipalities (no access check, no audit: callers are the service below and the
 * benchmark). Throws a validation error on `peildatum` when no norm table covers it.
 */
export async function computeImpactFigures(
  db: Executor,
  municipalityCodes: readonly string[],
  peildatum: IsoDate,
  options: { kostendelerLeeftijd?: number | undefined; batchSize?: number } = {},
  params: RuleParameters = defaultRuleParameters(),
): Promise<ImpactComputation> {
  normTableOn(peildatum, params.normTables);
  const currentAge = costSharerAgeOn(peildatum, params.costSharerAges).leeftijd;
  const variants = policyVariants(params, options.kostendelerLeeftijd);
  const figures = new FiguresAccumulator(variants.length);
  await db.transaction(async (tx) => {
    // The planner's estimate of the per-claim member lookups is high enough to trigger JIT compilation, which costs
    // more than it saves here (≈ 0.3 s per query on 1,000,000 households). Transaction-local, so no pooled
    // connection keeps it.
    await tx.execute(sql`SELECT set_config('jit', 'off', true)`);
    for await (const batch of bijstandHouseholds(tx, municipalityCodes, peildatum, options.batchSize)) {
      for (const household of batch) {
        figures.add(householdOutcome(household, peildatum, params, currentAge, variants));
      }
    }
  });
  return { peildatum, params, variants, raw: figures.result() };
}

function explainCost(cost: Variant['kosten']): string | null {
  if (cost.perMaandCent === null || cost.perJaarCent === null) {
    return `Onderdrukt: minder dan ${THRESHOLD} huishoudens krijgen een andere norm, of het aantal is terug te rekenen.`;
  }
  if (cost.perMaandCent === 0) return 'Geen verschil met de huidige regel.';
  const month = formatEuro(Math.abs(cost.perMaandCent));
  const year = formatEuro(Math.abs(cost.perJaarCent));
  return cost.perMaandCent > 0
    ? `Kost ${month} per maand meer (${year} per jaar).`
    : `Bespaart ${month} per maand (${year} per jaar).`;
}

/** The publishable report: the raw figures after suppression (see impact.suppression.ts for the reasoning). */
export function publishImpactReport(
  computation: ImpactComputation,
  gemeenten: { code: string; naam: string }[],
): ImpactRapport {
  const { raw, peildatum, params, variants } = computation;
  const table = normTableOn(peildatum, params.normTables);

  const total = raw.households >= THRESHOLD ? raw.households : null;
  // The affected count is the total of two breakdowns: suppress it only when nothing else can be.
  const [affected, notAffected, notComputed] = protectAdditive(
    total,
    [raw.affected, raw.notAffected, raw.notComputed],
    [0],
  );
  const classes = protectAdditive(affected ?? null, raw.reductionClasses);
  const aClasses = protectAdditive(affected ?? null, raw.aClasses);
  const reduction = affected == null ? null : raw.reductionCent;

  // Rule 3 of impact.suppression.ts. Lowering the cost-sharer age only adds cost-sharers: the households affected now
  // are a subset of those affected in the variant, and the newly affected ones all change. Raising it, or dropping
  // the kostendelersnorm, only removes cost-sharers: every household that changes is affected now. Each count is
  // checked against the counts it is nested in or that are nested in it, including the counts of earlier variants
  // that go the same way (two lower ages nest; a lower and a higher age do not).
  const currentAge = costSharerAgeOn(peildatum, params.costSharerAges).leeftijd;
  const headline: number[] = [total, affected].filter((n): n is number => n != null);
  const publishedByDirection = { widens: [] as number[], narrows: [] as number[] };
  const varianten: Variant[] = variants.map((variant, i) => {
    const v = raw.variants[i]!;
    if (affected == null) {
      return {
        id: variant.id,
        omschrijving: variant.omschrijving,
        getroffen: cel(null),
        huishoudensMetAndereNorm: cel(null),
        kosten: bedrag(null),
        verlaging: bedrag(null),
        toelichting: explainCost(bedrag(null)),
      };
    }
    const widens = variant.kind === 'cost-sharer-age' && variant.age < currentAge;
    const publishedVariantCounts = publishedByDirection[widens ? 'widens' : 'narrows'];
    const variantAffected = publishNested(v.affected, [...headline, ...publishedVariantCounts]);
    const shifted = Math.abs(v.affected - raw.affected); // newly affected (widening) or no longer affected
    const changed = publishNested(v.changed, [
      ...(total != null ? [total] : []),
      ...(widens ? [] : [affected]),
      ...(variantAffected != null ? [variantAffected, shifted] : []),
      ...publishedVariantCounts,
    ]);
    if (variantAffected != null) publishedVariantCounts.push(variantAffected);
    if (changed != null) publishedVariantCounts.push(changed);
    const kosten = bedrag(changed === null ? null : v.costCent);
    const verlaging = bedrag(variantAffected !== null && changed !== null ? v.reductionCent : null);
    return {
      id: variant.id,
      omschrijving: variant.omschrijving,
      getroffen: cel(variantAffected),
      huishoudensMetAndereNorm: cel(changed),
      kosten,
      verlaging,
      toelichting: explainCost(kosten),
    };
  });

  return {
    gemeenten,
    peildatum,
    normentabel: { id: table.id, geldigVanaf: table.geldigVanaf, geldigTotEnMet: table.geldigTotEnMet },
    kostendelerLeeftijd: currentAge,
    drempel: THRESHOLD,
    huishoudensMetBijstand: cel(total),
    getroffen: cel(affected ?? null),
    nietGetroffen: cel(notAffected ?? null),
    nietBerekend: cel(notComputed ?? null),
    verlaging: bedrag(reduction),
    gemiddeldeVerlagingPerMaandCent:
      affected == null || raw.affected === 0 ? null : Math.round(raw.reductionCent / raw.affected),
    verdeling: REDUCTION_CLASSES.map((c, i) => ({
      ...c,
      aantal: classes[i] ?? null,
      suppressed: classes[i] == null,
    })),
    naarKostendelers: A_CLASSES.map((a, i) => ({
      kostendelers: a,
      label: a === A_CLASSES[A_CLASSES.length - 1] ? `A = ${a} of meer` : `A = ${a}`,
      aantal: aClasses[i] ?? null,
      suppressed: aClasses[i] == null,
    })),
    varianten,
    aannames: [...IMPACT_ASSUMPTIONS],
    onderdrukking: SUPPRESSION_TEXT,
  };
}

export type ImpactRequest = {
  /** CBS codes; omitted or empty: every municipality of the actor's organisation (a region is a list of codes). */
  municipalities?: readonly string[];
  peildatum?: IsoDate | undefined;
  kostendelerLeeftijd?: number | undefined;
};

/** The municipalities of the actor's organisation among `codes` (all of them when `codes` is empty). */
async function municipalitiesInScope(ctx: Ctx, organisationId: string, codes: readonly string[]) {
  const rows = await ctx.db
    .select({ code: municipalities.code, naam: municipalities.name })
    .from(organisationMunicipalities)
    .innerJoin(municipalities, eq(municipalities.code, organisationMunicipalities.municipalityCode))
    .where(
      and(
        eq(organisationMunicipalities.organisationId, organisationId),
        codes.length > 0 ? inArray(organisationMunicipalities.municipalityCode, [...codes]) : undefined,
      ),
    )
    .orderBy(municipalities.code);
  const unique = new Set(codes);
  if (rows.length === 0 || (codes.length > 0 && rows.length !== unique.size)) {
    throw new DomainError('not_found', 'Deze gemeente is onbekend of valt buiten uw organisatie');
  }
  return rows;
}

/**
 * The use case behind GET /api/v1/rules/impact. Access: capability `population.aggregate` (beleidsmedewerker,
 * teamleider, fg), for the municipalities of the actor's own organisation (another municipality answers 404, like
 * the population report). The generation is audited as an aggregate read, one row per municipality, in the same
 * transaction as the read: no report leaves without its audit row.
 *
 * The service takes several municipalities (a region, or the whole organisation); the API asks for one. A total over
 * several municipalities next to the per-municipality reports would let anyone subtract a visible municipality and
 * recover a cell suppressed in another, unless suppression were coordinated across municipalities (not done yet).
 */
export async function impactReport(ctx: Ctx, request: ImpactRequest): Promise<ImpactRapport> {
  requireCapability(ctx, 'population.aggregate');
  if (ctx.actor?.type !== 'user') throw new DomainError('unauthenticated');
  const peildatum = request.peildatum ?? dateInAmsterdam(ctx.now);
  const params = defaultRuleParameters();
  normTableOn(peildatum, params.normTables); // a Dutch 400 on `peildatum` before any data is read
  const gemeenten = await municipalitiesInScope(ctx, ctx.actor.organisationId, request.municipalities ?? []);
  const codes = gemeenten.map((g) => g.code);
  return inTransaction(ctx, async (tx) => {
    const computation = await computeImpactFigures(
      tx,
      codes,
      peildatum,
      { kostendelerLeeftijd: request.kostendelerLeeftijd },
      params,
    );
    const report = publishImpactReport(computation, gemeenten);
    for (const code of codes) {
      await appendAudit(ctx, tx, {
        action: 'rules.impact',
        resourceType: 'municipality',
        resourceIds: [code],
        municipalityCode: code,
        details: {
          aggregaat: true,
          peildatum,
          gemeenten: codes,
          varianten: computation.variants.map((v) => v.id),
        },
      });
    }
    return report;
  });
}
