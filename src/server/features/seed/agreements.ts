import { eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../context.ts';
import {
  type AgreementPhase,
  agreementParties,
  agreementPhaseChanges,
  agreements,
  commitments,
  organisations,
  users,
} from '../../db/schema/index.ts';

/**
 * The demo's prestatieafspraken (issue 7): one agreement of Regiedam for 2026, in phase vaststelling, with four
 * parties and commitments on the indicators Regie computes. The statuses are never seeded: Regie computes them from
 * the demo data each time the agreement is shown. The demo population is small (2,000 households), so most
 * figures per wijk or per kind of partner stay under 10 and show as "niet te tonen"; the totals of signals and
 * vroegsignaalzaken are large enough to show a status (op koers / achter).
 */
export async function seedDemoAgreement(ctx: Ctx, municipalityCode: string): Promise<void> {
  const orgs = await ctx.db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(
      inArray(organisations.name, [
        'Gemeente Regiedam',
        'Woonstichting De Sleutel',
        'Kredietbank Delta',
        'Huurdersvereniging De Sleutel',
      ]),
    );
  const org = (name: string) => orgs.find((o) => o.name === name)!.id;
  const [beleid] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.username, 'beleid'));
  const by = beleid?.id ?? null;
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(agreements)
      .values({
        municipalityCode,
        title: 'Prestatieafspraken 2026 Regiedam',
        year: 2026,
        phase: 'vaststelling',
        schedule: {
          bod: '2026-07-01',
          overleg: '2026-09-30',
          vaststelling: '2026-12-15',
          monitoring: '2027-01-15',
          evaluatie: '2027-03-31',
        },
        createdBy: by,
        createdAt: new Date('2026-06-15T09:00:00Z'),
      })
      .returning({ id: agreements.id });
    const agreementId = row!.id;
    await tx.insert(agreementParties).values(orgs.map((o) => ({ agreementId, organisationId: o.id })));
    const steps: [AgreementPhase | null, AgreementPhase, string, string | null][] = [
      [null, 'bod', '2026-06-28', 'Bod van de corporatie ontvangen'],
      ['bod', 'overleg', '2026-09-15', null],
      ['overleg', 'vaststelling', '2026-11-10', 'Concept besproken met huurders en cliëntenraad'],
    ];
    await tx.insert(agreementPhaseChanges).values(
      steps.map(([fromPhase, toPhase, occurredOn, note]) => ({
        agreementId,
        fromPhase,
        toPhase,
        occurredOn,
        note,
        changedBy: by,
        changedAt: new Date(`${occurredOn}T10:00:00Z`),
      })),
    );
    type Part = { kind: 'wijk' | 'partnertype'; code: string } | null;
    const commitment = (
      theme: string,
      owner: string,
      description: string,
      [indicatorCode, measureKey]: [string, string],
      [direction, target]: ['minimaal' | 'maximaal', number],
      part: Part = null,
    ) => ({
      agreementId,
      theme,
      ownerOrganisationId: org(owner),
      description,
      indicatorCode,
      measureKey,
      target,
      direction,
      breakdown: part?.kind ?? null,
      breakdownCode: part?.code ?? null,
      createdBy: by,
      createdAt: new Date('2026-11-10T11:00:00Z'),
    });
    const plan = 'Eén huishouden, één plan';
    const eviction = 'Voorkomen van huisuitzetting';
    await tx
      .insert(commitments)
      .values([
        commitment(
          plan,
          'Gemeente Regiedam',
          'Huishoudens met voorzieningen onder twee of meer wetten hebben één plan en één regisseur.',
          ['stapeling', 'aandeelEenPlanEenRegisseur'],
          ['minimaal', 60],
        ),
        commitment(
          plan,
          'Gemeente Regiedam',
          'In Regiedam Noord heeft elk huishouden met zorg onder twee of meer wetten één plan en één regisseur.',
          ['stapeling', 'aandeelEenPlanEenRegisseur'],
          ['minimaal', 75],
          { kind: 'wijk', code: 'WK990102' },
        ),
        commitment(
          eviction,
          'Gemeente Regiedam',
          'Alle partners samen melden per maand minstens 5 signalen per 1.000 inwoners, zodat hulp vroeg begint.',
          ['signalen-per-1000-inwoners', 'signalenPer1000'],
          ['minimaal', 5],
        ),
        commitment(
          plan,
          'Gemeente Regiedam',
          'Geen open zaak blijft lang zonder regisseur die de rol heeft aangenomen.',
          ['zaken-zonder-regisseur', 'aandeelZonderRegisseur'],
          ['maximaal', 10],
        ),
        commitment(
          eviction,
          'Woonstichting De Sleutel',
          'De corporatie meldt huurachterstanden vroeg, zodat de gemeente hulp kan bieden.',
          ['signalen-per-1000-inwoners', 'signalenPer1000'],
          ['minimaal', 2],
          { kind: 'partnertype', code: 'woningcorporatie' },
        ),
        commitment(
          eviction,
          'Woonstichting De Sleutel',
          'Bij elke huurachterstand van twee maanden of meer volgt een signaal: samen minstens 50 per maand.',
          ['signalen-per-1000-inwoners', 'signalen'],
          ['minimaal', 50],
          { kind: 'partnertype', code: 'woningcorporatie' },
        ),
        commitment(
          'Schulden',
          'Kredietbank Delta',
          'De kredietbank neemt per maand minstens 25 vroegsignalen in behandeling.',
          ['vroegsignalering', 'zaken'],
          ['minimaal', 25],
        ),
        commitment(
          'Schulden',
          'Kredietbank Delta',
          'De eerste contactpoging na een vroegsignaal valt binnen de termijn.',
          ['vroegsignalering', 'aandeelBinnenTermijn'],
          ['minimaal', 80],
        ),
      ]);
  });
}
