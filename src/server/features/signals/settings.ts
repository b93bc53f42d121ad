import { z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { SIGNAALPARTNERS, type Signaalpartner } from '../../../shared/ddas.ts';
import type { Executor } from '../../context.ts';
import type { OrganisationKind } from '../../db/schema/index.ts';
import { signalSettings } from '../../db/schema/index.ts';

/**
 * A municipality's signal settings. Stored as JSON per municipality (table signal_settings) and validated here;
 * a municipality without a row gets the defaults below, which follow common practice (sociaal-domein.md §2, §3).
 */
export const SignalCategorySchema = z.object({
  code: z.string().regex(/^[a-z0-9-]+$/, 'Gebruik kleine letters, cijfers en streepjes'),
  label: z.string().min(1),
  kind: z.enum(['vroegsignaal', 'zorgsignaal']),
  /** A signal of this category is a crisis by itself (eviction, end of energy supply): 3-working-day term. */
  crisis: z.boolean().default(false),
});
export type SignalCategory = z.infer<typeof SignalCategorySchema>;

export const ThresholdSchema = z.object({
  /** Arrears below this amount (whole euros) are not picked up. */
  minAmountEuros: z.number().int().min(0).default(0),
  /** The household needs at least this many signals of this partner type within the window. */
  minSignals: z.number().int().min(1).default(1),
});
export type Threshold = z.infer<typeof ThresholdSchema>;

export const SignalSettingsSchema = z.object({
  categories: z.array(SignalCategorySchema).min(1),
  /** Signals about one household within this many days become one vroegsignaalzaak or intake. */
  bundlingWindowDays: z.number().int().min(0).max(365),
  /** Unmatched: mark "Persoon is geen inwoner (meer) in de gemeente", or keep pending for a person to look at. */
  noMatch: z.enum(['geen_inwoner', 'wachten']),
  /** Address matches at or above this score are accepted; from `reviewMinScore` up they go to the review queue. */
  autoMatchScore: z.number().min(0).max(1),
  reviewMinScore: z.number().min(0).max(1),
  thresholds: z.partialRecord(z.enum(SIGNAALPARTNERS), ThresholdSchema),
  /** Signal received → offer of a first conversation: municipal policy (no statutory term). */
  offerTermWorkingDays: z.number().int().min(1).max(60),
  /** Threatening situation → first conversation: Wgs art. 4 lid 2 sets at most 3 working days; shorter is allowed. */
  crisisTermWorkingDays: z
    .number()
    .int()
    .min(1)
    .max(3, 'De wet (Wgs art. 4 lid 2) staat bij een crisissignaal hoogstens 3 werkdagen toe'),
  retentionMonths: z.object({
    unmatched: z.number().int().min(1).max(1200),
    notPickedUp: z.number().int().min(1).max(1200),
    pickedUp: z.number().int().min(1).max(1200),
    closedCase: z.number().int().min(1).max(1200),
  }),
});
export type SignalSettings = z.infer<typeof SignalSettingsSchema>;

/** The category every DDAS or CSV vroegsignaal gets. */
export const ARREARS_CATEGORY = 'betalingsachterstand';

export const DEFAULT_SIGNAL_SETTINGS: SignalSettings = {
  categories: [
    { code: ARREARS_CATEGORY, label: 'Betalingsachterstand', kind: 'vroegsignaal', crisis: false },
    { code: 'huurachterstand', label: 'Huurachterstand', kind: 'vroegsignaal', crisis: false },
    {
      code: 'dreigende-huisuitzetting',
      label: 'Dreigende huisuitzetting',
      kind: 'vroegsignaal',
      crisis: true,
    },
    {
      code: 'einde-levering-energie',
      label: 'Energie of water wordt afgesloten',
      kind: 'vroegsignaal',
      crisis: true,
    },
    { code: 'vervuiling-woning', label: 'Vervuiling van de woning', kind: 'zorgsignaal', crisis: false },
    { code: 'zorgen-om-kinderen', label: 'Zorgen om kinderen', kind: 'zorgsignaal', crisis: false },
    { code: 'verward-gedrag', label: 'Verward gedrag', kind: 'zorgsignaal', crisis: false },
    { code: 'eenzaamheid', label: 'Eenzaamheid', kind: 'zorgsignaal', crisis: false },
    { code: 'overlast', label: 'Overlast', kind: 'zorgsignaal', crisis: false },
  ],
  bundlingWindowDays: 90,
  noMatch: 'geen_inwoner',
  autoMatchScore: 0.8,
  reviewMinScore: 0.4,
  thresholds: {},
  offerTermWorkingDays: 10,
  crisisTermWorkingDays: 3,
  retentionMonths: { unmatched: 6, notPickedUp: 6, pickedUp: 12, closedCase: 18 },
};

export async function loadSignalSettings(db: Executor, municipalityCode: string): Promise<SignalSettings> {
  const [row] = await db
    .select({ settings: signalSettings.settings })
    .from(signalSettings)
    .where(eq(signalSettings.municipalityCode, municipalityCode));
  return parseSignalSettings(row?.settings);
}

/** Settings as stored (a jsonb value, or nothing when the municipality never changed them). */
export function parseSignalSettings(stored: unknown): SignalSettings {
  return stored == null ? DEFAULT_SIGNAL_SETTINGS : SignalSettingsSchema.parse(stored);
}

/** The DDAS partner type of an organisation that files signals itself (form or API). */
export function partnerTypeOf(kind: OrganisationKind): Signaalpartner | null {
  switch (kind) {
    case 'woningcorporatie':
      return 'Huur';
    case 'energieleverancier':
      return 'Energie';
    case 'drinkwaterbedrijf':
      return 'Water';
    case 'zorgverzekeraar':
      return 'Zorg';
    default:
      return null;
  }
}
