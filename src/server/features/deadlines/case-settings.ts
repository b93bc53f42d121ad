import { z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../context.ts';
import { caseSettings } from '../../db/schema/index.ts';

/** A term as the law sets it; the municipality may configure another value, the rule text stays with it. */
export const TermSchema = z.object({
  amount: z
    .number({ error: 'Vul de termijn in als een heel getal' })
    .int('Vul de termijn in als een heel getal')
    .min(1, 'De termijn is minstens 1')
    .max(520, 'De termijn is hoogstens 520'),
  unit: z.enum(['werkdagen', 'dagen', 'weken'], { error: 'Kies werkdagen, dagen of weken' }),
  /** Where the value comes from, shown next to every computed deadline: "Wgs art. 4 lid 1 onder a". */
  rule: z
    .string({ error: 'Vul de regel in waar de termijn vandaan komt' })
    .trim()
    .min(1, 'Vul de regel in waar de termijn vandaan komt')
    .max(200, 'De regel is te lang: hoogstens 200 tekens'),
});
export type Term = z.infer<typeof TermSchema>;

export const CaseSettingsSchema = z.object({
  terms: z.object({
    wgs_eerste_gesprek: TermSchema,
    /** Wgs art. 4 lid 2: a threatening situation (eviction, end of supply) gets a shorter first-conversation term. */
    wgs_eerste_gesprek_dreigend: TermSchema,
    wgs_besluit: TermSchema,
    wmo_onderzoek: TermSchema,
    wmo_beschikking: TermSchema,
    awb_beslistermijn: TermSchema,
  }),
  board: z.object({
    /** A deadline is "at risk" this many working days before it is due. */
    riskMarginWorkingDays: z
      .number({ error: 'Vul het aantal werkdagen in als een heel getal' })
      .int('Vul het aantal werkdagen in als een heel getal')
      .min(0, 'Het aantal werkdagen is 0 of meer')
      .max(60, 'Het aantal werkdagen is hoogstens 60'),
    /** A plan not evaluated for this many months is flagged. */
    evaluationIntervalMonths: z
      .number({ error: 'Vul het aantal maanden in als een heel getal' })
      .int('Vul het aantal maanden in als een heel getal')
      .min(1, 'Het aantal maanden is minstens 1')
      .max(36, 'Het aantal maanden is hoogstens 36'),
    /** Young people with Jeugdwet care turning 18 within this many months need a transition goal (18-/18+). */
    transitionWindowMonths: z
      .number({ error: 'Vul het aantal maanden in als een heel getal' })
      .int('Vul het aantal maanden in als een heel getal')
      .min(1, 'Het aantal maanden is minstens 1')
      .max(36, 'Het aantal maanden is hoogstens 36'),
  }),
});
export type CaseSettings = z.infer<typeof CaseSettingsSchema>;

/** The law's values (reference/sociaal-domein.md); a municipality overrides them in case_settings. */
export const DEFAULT_CASE_SETTINGS: CaseSettings = {
  terms: {
    wgs_eerste_gesprek: { amount: 4, unit: 'weken', rule: 'Wgs art. 4 lid 1' },
    wgs_eerste_gesprek_dreigend: { amount: 3, unit: 'werkdagen', rule: 'Wgs art. 4 lid 2' },
    wgs_besluit: { amount: 8, unit: 'weken', rule: 'Wgs art. 4a' },
    wmo_onderzoek: { amount: 6, unit: 'weken', rule: 'Wmo 2015 art. 2.3.2 lid 1' },
    wmo_beschikking: { amount: 2, unit: 'weken', rule: 'Wmo 2015 art. 2.3.5 lid 1' },
    awb_beslistermijn: { amount: 8, unit: 'weken', rule: 'Awb art. 4:13 lid 2' },
  },
  board: { riskMarginWorkingDays: 5, evaluationIntervalMonths: 6, transitionWindowMonths: 12 },
};

export async function loadCaseSettings(db: Executor, municipalityCode: string): Promise<CaseSettings> {
  const [row] = await db
    .select({ settings: caseSettings.settings })
    .from(caseSettings)
    .where(eq(caseSettings.municipalityCode, municipalityCode));
  return parseCaseSettings(row?.settings);
}

/** Settings as stored (a jsonb value, or nothing when the municipality never changed them). */
export function parseCaseSettings(stored: unknown): CaseSettings {
  return stored == null ? DEFAULT_CASE_SETTINGS : CaseSettingsSchema.parse(stored);
}
