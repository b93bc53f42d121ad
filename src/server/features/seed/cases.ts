import { sql } from 'drizzle-orm';
import { ZRM_DOMAIN_CODES } from '../../../shared/zrm.ts';
import { type Ctx, inTransaction, type Tx } from '../../context.ts';
import {
  type CasePhase,
  caseDeadlines,
  caseRegisseurs,
  cases,
  caseTeamMembers,
  caseTransitions,
  type DeadlineKind,
  householdMembers,
  type ProvisionLaw,
  persons,
  planAgreements,
  planVersions,
  provisions,
  zrmAssessments,
} from '../../db/schema/index.ts';
import { syntheticBsn } from '../../lib/bsn.ts';
import { addYearsMonths, dateInAmsterdam, type IsoDate } from '../../lib/dates.ts';
import { addWorkingDays } from '../../lib/working-days.ts';
import { DEFAULT_CASE_SETTINGS } from '../deadlines/case-settings.ts';
import { deadlineLabel, termFor } from '../deadlines/deadline-kinds.ts';
import { addCalendarDays, computeDeadline, type Suspension } from '../deadlines/engine.ts';
import { createUser } from '../users/users.service.ts';
import { Prng } from './prng.ts';

const MUNICIPALITY = 'GM9901';
const SEED = 20261125;
/** The seeded cases follow version 1 of the case lifecycle (features/cases/lifecycle.ts). */
const LIFECYCLE_VERSION = 1;
/** A BSN index far above the demo population (about 2.3 persons per household), for the one young person we add. */
const EXTRA_PERSON_BSN_INDEX = 90_900;
/** Households looked at (by BSN of the head): enough for the cases and a fair chance of a young person. */
const CANDIDATES = 300;

/** The second regisseur of Wijkteam Noord: a warm handover needs two people who may be regisseur. */
export const SECOND_REGISSEUR = { username: 'regisseur2', displayName: 'Roos Regisseur' } as const;

type Member = {
  personId: string;
  firstName: string;
  name: string;
  birthDate: string | null;
  relation: 'hoofd' | 'partner' | 'kind' | 'overig';
};
type Household = { id: string; members: Member[] };

/** The people and organisations of the demo the cases are about. */
type Cast = {
  team: string;
  gemeente: string;
  kredietbank: string;
  rana: string;
  roos: string;
  wout: string;
  sem: string;
  tess: string;
};

type DeadlineState = 'lopend' | 'risico' | 'verlopen' | 'gehaald' | 'opgeschort';
type Story = 'geld' | 'gezin' | 'thuis' | 'werk';
type Need = 'any' | 'family' | 'young18';

/**
 * One demo case, written as what happened: the phases it went through (days ago), who leads it, the plan saves,
 * the deadlines and provisions. `moves` are [phase, daysAgo] after the creation in 'aanmelding' `opened` days ago.
 */
type Spec = {
  story: Story;
  need: Need;
  opened: number;
  moves: [CasePhase, number][];
  closeReason?: string;
  regisseur: 'rana' | 'roos' | null;
  /** An earlier regisseur who handed over (ended) this many days ago. */
  earlier?: { who: 'rana' | 'roos'; endedDaysAgo: number };
  offer?: { to: 'rana' | 'roos'; by: 'rana' | 'roos' | 'tess'; daysAgo: number; reason: string };
  members?: { who: 'sem' | 'wout'; joined: number; left?: number }[];
  /** Days ago of each plan save (version 1, 2, …). */
  plans?: number[];
  agreed?: {
    version: number;
    daysAgo: number;
    how: 'mondeling' | 'schriftelijk' | 'digitaal';
    note?: string;
  };
  /** Add a transition goal (18-/18+) for the young person in the latest version. */
  transitionGoal?: boolean;
  zrm?: number[];
  provisions?: { law: ProvisionLaw; startedDaysAgo: number }[];
  deadlines?: {
    kind: DeadlineKind;
    threatening?: boolean;
    /** What the demo shows: the start date is chosen so the deadline is in this state on the seed day. */
    state: DeadlineState;
  }[];
};

/**
 * The demo cases. The board kinds they make visible (definitions in the board feature's README):
 * geen_regisseur: cases 1 and 5 (5 has a pending offer); termijn_risico: cases 3 (crisis) and 11; termijn_verlopen: case 10;
 * overgang_18: case 12 (Jeugdwet care, turns 18 within a year, no transition goal; case 19 has one);
 * niet_geevalueerd: cases 16 and 17; geen_gedeeld_plan: the household of closed case 28 (see NO_CASE_PROVISIONS);
 * signaal_niet_opgepakt comes from the demo signals. Warm handover: case 15 (Roos offers it to Rana).
 */
function specs(): Spec[] {
  const d = (kind: DeadlineKind, state: DeadlineState, threatening = false) => ({
    kind,
    state,
    threatening,
  });
  return [
    // 1-4 aanmelding
    {
      story: 'geld',
      need: 'any',
      opened: 3,
      moves: [],
      regisseur: null,
      deadlines: [d('wgs_eerste_gesprek', 'lopend')],
    },
    {
      story: 'thuis',
      need: 'any',
      opened: 5,
      moves: [],
      regisseur: 'rana',
      deadlines: [d('wmo_onderzoek', 'lopend')],
    },
    {
      story: 'geld',
      need: 'any',
      opened: 1,
      moves: [],
      regisseur: 'rana',
      deadlines: [d('wgs_eerste_gesprek', 'risico', true)],
    },
    { story: 'gezin', need: 'family', opened: 2, moves: [], regisseur: 'rana' },
    // 5-7 veiligheidscheck
    {
      story: 'gezin',
      need: 'family',
      opened: 12,
      moves: [['veiligheidscheck', 8]],
      regisseur: null,
      offer: { to: 'roos', by: 'tess', daysAgo: 2, reason: 'Roos kent het gezin van een eerder contact.' },
    },
    { story: 'werk', need: 'any', opened: 15, moves: [['veiligheidscheck', 9]], regisseur: 'rana' },
    { story: 'thuis', need: 'any', opened: 10, moves: [['veiligheidscheck', 4]], regisseur: 'rana' },
    // 8-10 startgesprek
    {
      story: 'thuis',
      need: 'any',
      opened: 24,
      moves: [
        ['veiligheidscheck', 20],
        ['startgesprek', 12],
      ],
      regisseur: 'rana',
      zrm: [10],
      deadlines: [d('wmo_onderzoek', 'lopend')],
    },
    {
      story: 'geld',
      need: 'any',
      opened: 28,
      moves: [
        ['veiligheidscheck', 25],
        ['startgesprek', 14],
      ],
      regisseur: 'rana',
      members: [{ who: 'sem', joined: 20 }],
      deadlines: [d('wgs_besluit', 'lopend')],
    },
    {
      story: 'geld',
      need: 'any',
      opened: 40,
      moves: [
        ['veiligheidscheck', 36],
        ['startgesprek', 22],
      ],
      regisseur: 'rana',
      members: [{ who: 'sem', joined: 30 }],
      deadlines: [d('wgs_eerste_gesprek', 'verlopen')],
    },
    // 11-14 plan
    {
      story: 'thuis',
      need: 'any',
      opened: 48,
      moves: [
        ['veiligheidscheck', 44],
        ['startgesprek', 35],
        ['plan', 20],
      ],
      regisseur: 'rana',
      plans: [15],
      zrm: [30],
      deadlines: [d('wmo_beschikking', 'risico')],
    },
    {
      story: 'gezin',
      need: 'young18',
      opened: 60,
      moves: [
        ['veiligheidscheck', 55],
        ['startgesprek', 45],
        ['plan', 30],
      ],
      regisseur: 'rana',
      members: [{ who: 'wout', joined: 50 }],
      plans: [25, 9],
      zrm: [40],
      provisions: [{ law: 'jeugdwet', startedDaysAgo: 200 }],
    },
    {
      story: 'thuis',
      need: 'any',
      opened: 55,
      moves: [
        ['veiligheidscheck', 50],
        ['startgesprek', 40],
        ['plan', 25],
      ],
      regisseur: 'rana',
      plans: [20],
      deadlines: [d('wmo_onderzoek', 'opgeschort')],
    },
    {
      story: 'werk',
      need: 'any',
      opened: 70,
      moves: [
        ['veiligheidscheck', 66],
        ['startgesprek', 52],
        ['plan', 33],
      ],
      regisseur: 'rana',
      plans: [28],
      deadlines: [d('awb_beslistermijn', 'gehaald')],
    },
    // 15-22 uitvoering
    {
      story: 'thuis',
      need: 'any',
      opened: 130,
      moves: [
        ['veiligheidscheck', 125],
        ['startgesprek', 110],
        ['plan', 90],
        ['uitvoering', 60],
      ],
      regisseur: 'roos',
      offer: {
        to: 'rana',
        by: 'roos',
        daysAgo: 1,
        reason: 'Ik ga drie maanden met verlof. Rana werkt al in deze straat en kan het overnemen.',
      },
      plans: [80, 62],
      agreed: { version: 2, daysAgo: 61, how: 'mondeling' },
      zrm: [100],
      provisions: [{ law: 'wmo', startedDaysAgo: 58 }],
    },
    {
      story: 'geld',
      need: 'any',
      opened: 330,
      moves: [
        ['veiligheidscheck', 325],
        ['startgesprek', 310],
        ['plan', 290],
        ['uitvoering', 240],
      ],
      regisseur: 'rana',
      members: [{ who: 'sem', joined: 300 }],
      plans: [280, 245, 200],
      agreed: { version: 2, daysAgo: 242, how: 'schriftelijk', note: 'Getekend bij het huisbezoek.' },
      zrm: [300, 120],
      provisions: [
        { law: 'wmo', startedDaysAgo: 230 },
        { law: 'participatiewet', startedDaysAgo: 220 },
      ],
    },
    {
      story: 'werk',
      need: 'any',
      opened: 420,
      moves: [
        ['veiligheidscheck', 415],
        ['startgesprek', 400],
        ['plan', 380],
        ['uitvoering', 350],
        ['evaluatie', 230],
        ['uitvoering', 226],
      ],
      regisseur: 'rana',
      plans: [370, 352, 228],
      agreed: { version: 3, daysAgo: 227, how: 'digitaal' },
      zrm: [390, 232],
      provisions: [{ law: 'participatiewet', startedDaysAgo: 345 }],
    },
    {
      story: 'gezin',
      need: 'family',
      opened: 160,
      moves: [
        ['veiligheidscheck', 155],
        ['startgesprek', 140],
        ['plan', 125],
        ['uitvoering', 100],
      ],
      regisseur: 'rana',
      members: [{ who: 'wout', joined: 150 }],
      plans: [120, 102],
      agreed: { version: 2, daysAgo: 101, how: 'mondeling' },
      zrm: [135, 20],
      provisions: [{ law: 'jeugdwet', startedDaysAgo: 95 }],
    },
    {
      story: 'gezin',
      need: 'young18',
      opened: 110,
      moves: [
        ['veiligheidscheck', 105],
        ['startgesprek', 95],
        ['plan', 75],
        ['uitvoering', 50],
      ],
      regisseur: 'rana',
      members: [{ who: 'wout', joined: 100 }],
      plans: [70, 52],
      transitionGoal: true,
      agreed: { version: 2, daysAgo: 51, how: 'schriftelijk' },
      provisions: [{ law: 'jeugdwet', startedDaysAgo: 300 }],
    },
    {
      story: 'gezin',
      need: 'family',
      opened: 210,
      moves: [
        ['veiligheidscheck', 205],
        ['startgesprek', 195],
        ['plan', 180],
        ['uitvoering', 160],
        ['evaluatie', 40],
        ['uitvoering', 37],
      ],
      regisseur: 'rana',
      plans: [175, 162, 38],
      agreed: { version: 3, daysAgo: 37, how: 'mondeling' },
      zrm: [185, 41],
      provisions: [
        { law: 'jeugdwet', startedDaysAgo: 150 },
        { law: 'wmo', startedDaysAgo: 140 },
      ],
    },
    {
      story: 'geld',
      need: 'any',
      opened: 95,
      moves: [
        ['veiligheidscheck', 92],
        ['startgesprek', 80],
        ['plan', 50],
        ['uitvoering', 30],
      ],
      regisseur: 'rana',
      members: [{ who: 'sem', joined: 85 }],
      plans: [45],
      agreed: { version: 1, daysAgo: 31, how: 'digitaal' },
      zrm: [78],
      provisions: [{ law: 'wgs', startedDaysAgo: 28 }],
      deadlines: [d('wgs_besluit', 'gehaald')],
    },
    {
      story: 'thuis',
      need: 'any',
      opened: 75,
      moves: [
        ['veiligheidscheck', 72],
        ['startgesprek', 65],
        ['plan', 45],
        ['uitvoering', 20],
      ],
      regisseur: 'rana',
      members: [{ who: 'wout', joined: 70, left: 25 }],
      plans: [40, 22],
      agreed: { version: 2, daysAgo: 21, how: 'mondeling' },
      provisions: [{ law: 'wmo', startedDaysAgo: 18 }],
      deadlines: [d('wmo_beschikking', 'gehaald')],
    },
    // 23-25 evaluatie
    {
      story: 'werk',
      need: 'any',
      opened: 260,
      moves: [
        ['veiligheidscheck', 255],
        ['startgesprek', 240],
        ['plan', 220],
        ['uitvoering', 190],
        ['evaluatie', 5],
      ],
      regisseur: 'rana',
      plans: [215, 192],
      agreed: { version: 2, daysAgo: 191, how: 'schriftelijk' },
      zrm: [235, 6],
    },
    {
      story: 'geld',
      need: 'any',
      opened: 200,
      moves: [
        ['veiligheidscheck', 196],
        ['startgesprek', 185],
        ['plan', 170],
        ['uitvoering', 150],
        ['evaluatie', 12],
      ],
      regisseur: 'rana',
      members: [{ who: 'sem', joined: 190 }],
      plans: [165, 152, 13],
      agreed: { version: 2, daysAgo: 151, how: 'mondeling' },
      zrm: [180, 14],
      provisions: [{ law: 'participatiewet', startedDaysAgo: 160 }],
    },
    {
      story: 'thuis',
      need: 'any',
      opened: 390,
      moves: [
        ['veiligheidscheck', 385],
        ['startgesprek', 370],
        ['plan', 350],
        ['uitvoering', 330],
        ['evaluatie', 170],
        ['uitvoering', 166],
        ['evaluatie', 2],
      ],
      regisseur: 'rana',
      earlier: { who: 'roos', endedDaysAgo: 200 },
      plans: [345, 332, 167],
      agreed: { version: 3, daysAgo: 166, how: 'mondeling' },
      zrm: [360, 3],
      provisions: [{ law: 'wmo', startedDaysAgo: 320 }],
    },
    // 26-28 closed
    {
      story: 'geld',
      need: 'any',
      opened: 300,
      moves: [
        ['veiligheidscheck', 296],
        ['startgesprek', 280],
        ['plan', 260],
        ['uitvoering', 230],
        ['evaluatie', 40],
        ['afgesloten', 30],
      ],
      closeReason: 'De doelen zijn bereikt: de huur wordt weer elke maand betaald.',
      regisseur: 'rana',
      plans: [255, 232],
      agreed: { version: 2, daysAgo: 231, how: 'schriftelijk' },
    },
    {
      story: 'werk',
      need: 'any',
      opened: 180,
      moves: [
        ['veiligheidscheck', 176],
        ['startgesprek', 160],
        ['afgesloten', 100],
      ],
      closeReason: 'De bewoner wil op dit moment geen hulp. Afgesproken dat hij zelf belt als dat verandert.',
      regisseur: 'roos',
    },
    {
      story: 'thuis',
      need: 'any',
      opened: 150,
      moves: [
        ['veiligheidscheck', 146],
        ['startgesprek', 130],
        ['plan', 110],
        ['uitvoering', 90],
        ['evaluatie', 15],
        ['afgesloten', 10],
      ],
      closeReason: 'Het gaat goed. De hulp loopt verder via de huisarts en de thuiszorg.',
      regisseur: 'rana',
      plans: [105, 92],
      agreed: { version: 2, daysAgo: 91, how: 'mondeling' },
    },
  ];
}

/** Laws of the provisions, outside any case, of the household of the last closed case: the board's geen_gedeeld_plan. */
const NO_CASE_PROVISIONS: ProvisionLaw[] = ['wmo', 'participatiewet'];

const products: Record<ProvisionLaw, { product: string; legalBasis: string; extent: string | null }> = {
  wmo: {
    product: 'huishoudelijke-ondersteuning',
    legalBasis: 'art. 2.3.5 lid 3 Wmo 2015',
    extent: '3 uur per week',
  },
  jeugdwet: {
    product: 'ambulante-jeugdhulp',
    legalBasis: 'art. 2.3 lid 1 Jeugdwet',
    extent: '1 dagdeel per week',
  },
  participatiewet: {
    product: 'bijzondere-bijstand',
    legalBasis: 'art. 35 lid 1 Participatiewet',
    extent: null,
  },
  wgs: {
    product: 'schuldhulpverlening',
    legalBasis: 'art. 3 lid 1 Wgs',
    extent: 'traject van 18 maanden',
  },
  overig: { product: 'overig', legalBasis: '', extent: null },
};

/** The domain a provision of a law serves in the plan, to link it to a goal (goal_ids). */
const lawDomain: Record<ProvisionLaw, string[]> = {
  wmo: ['instrumentele_adl', 'sociaal_netwerk', 'lichamelijke_gezondheid'],
  jeugdwet: ['tijdsbesteding', 'huiselijke_relaties', 'overig'],
  participatiewet: ['financien', 'werk_opleiding'],
  wgs: ['financien'],
  overig: [],
};

type GoalTemplate = {
  domain: string;
  text: string;
  /** Whose goal: the head, or the youngest child. */
  who: 'hoofd' | 'kind' | null;
  actions: { description: string; owner: 'resident' | string; dueInDays: number | null }[];
};

/** Goals in the residents' own words, per story; version 1 has the first two, version 3 adds the third. */
const stories: Record<Story, { situation: (head: string) => Record<string, string>; goals: GoalTemplate[] }> =
  {
    geld: {
      situation: (head) => ({
        network: `${head} heeft een zus in de buurt. Die helpt soms met de post.`,
        strengths: `${head} wil graag zelf de rekeningen betalen en komt afspraken na.`,
        worries: 'Er zijn achterstanden bij de huur en de energie. Er komen brieven van deurwaarders.',
        earlierHelp: 'Twee jaar geleden een budgetcursus gevolgd.',
      }),
      goals: [
        {
          domain: 'financien',
          text: 'Ik wil mijn huur weer elke maand op tijd betalen.',
          who: 'hoofd',
          actions: [
            {
              description: 'Samen een overzicht maken van alle rekeningen en schulden',
              owner: 'Kredietbank Delta',
              dueInDays: 14,
            },
            {
              description: 'De huur automatisch laten afschrijven na de salarisdag',
              owner: 'resident',
              dueInDays: 30,
            },
          ],
        },
        {
          domain: 'huisvesting',
          text: 'Ik wil in mijn huis kunnen blijven wonen.',
          who: 'hoofd',
          actions: [
            {
              description: 'Een betalingsregeling voor de huurachterstand afspreken',
              owner: 'Woonstichting De Sleutel',
              dueInDays: 21,
            },
          ],
        },
        {
          domain: 'sociaal_netwerk',
          text: 'Ik wil iemand hebben die ik kan bellen als het even niet gaat.',
          who: 'hoofd',
          actions: [
            {
              description: 'Kennismaken met een maatje van het buurthuis',
              owner: 'Wijkteam Noord',
              dueInDays: 45,
            },
          ],
        },
      ],
    },
    gezin: {
      situation: (head) => ({
        network: 'Opa en oma wonen in Regiedam en passen één middag per week op.',
        strengths: `${head} zorgt goed voor de kinderen en vraagt zelf om hulp.`,
        worries: 'Er is vaak ruzie thuis. Een van de kinderen gaat niet elke dag naar school.',
        earlierHelp: 'Opvoedondersteuning via het consultatiebureau toen de kinderen klein waren.',
      }),
      goals: [
        {
          domain: 'huiselijke_relaties',
          text: 'We willen thuis minder ruzie hebben.',
          who: 'hoofd',
          actions: [
            {
              description: 'Elke week een gesprek met het hele gezin',
              owner: 'Wijkteam Noord',
              dueInDays: 60,
            },
            { description: 'Afspraken over de avond op de koelkast hangen', owner: 'resident', dueInDays: 7 },
          ],
        },
        {
          domain: 'tijdsbesteding',
          text: 'Ik wil weer elke dag naar school gaan.',
          who: 'kind',
          actions: [
            {
              description: 'Gesprek met de mentor over een rooster dat past',
              owner: 'Zorggroep Horizon',
              dueInDays: 14,
            },
          ],
        },
        {
          domain: 'financien',
          text: 'Ik wil weten hoeveel geld we elke maand te besteden hebben.',
          who: 'hoofd',
          actions: [
            { description: 'Samen een maandbegroting maken', owner: 'Wijkteam Noord', dueInDays: 30 },
          ],
        },
      ],
    },
    thuis: {
      situation: (head) => ({
        network: `${head} woont alleen. De buurvrouw komt af en toe langs.`,
        strengths: `${head} is graag onder de mensen en kookt nog zelf.`,
        worries: 'Het huis raakt vervuild en er stapelt zich post op.',
        earlierHelp: 'Geen.',
      }),
      goals: [
        {
          domain: 'instrumentele_adl',
          text: 'Ik wil dat mijn huis schoon en opgeruimd is.',
          who: 'hoofd',
          actions: [
            { description: 'Huishoudelijke hulp aanvragen', owner: 'Wijkteam Noord', dueInDays: 14 },
            { description: 'Samen de post uitzoeken, één keer per week', owner: 'resident', dueInDays: null },
          ],
        },
        {
          domain: 'sociaal_netwerk',
          text: 'Ik wil vaker mensen zien.',
          who: 'hoofd',
          actions: [
            { description: 'Op dinsdag mee-eten in het buurthuis', owner: 'resident', dueInDays: 21 },
          ],
        },
        {
          domain: 'lichamelijke_gezondheid',
          text: 'Ik wil weer zelf boodschappen kunnen doen.',
          who: 'hoofd',
          actions: [
            { description: 'Een rollator laten aanmeten', owner: 'Zorggroep Horizon', dueInDays: 30 },
          ],
        },
      ],
    },
    werk: {
      situation: (head) => ({
        network: `${head} heeft een goede vriend die helpt met papieren.`,
        strengths: `${head} heeft een vakdiploma en werkt graag met de handen.`,
        worries: 'Sinds het ontslag slaapt hij slecht en zit hij veel thuis.',
        earlierHelp: 'Een paar gesprekken met de praktijkondersteuner van de huisarts.',
      }),
      goals: [
        {
          domain: 'werk_opleiding',
          text: 'Ik wil weer een paar dagen per week werken.',
          who: 'hoofd',
          actions: [
            {
              description: 'Een gesprek met de werkconsulent over een proefplaats',
              owner: 'Gemeente Regiedam',
              dueInDays: 21,
            },
          ],
        },
        {
          domain: 'geestelijke_gezondheid',
          text: 'Ik wil weer rustig kunnen slapen.',
          who: 'hoofd',
          actions: [{ description: 'Afspraak maken bij de huisarts', owner: 'resident', dueInDays: 7 }],
        },
        {
          domain: 'financien',
          text: 'Ik wil geen nieuwe schulden maken.',
          who: 'hoofd',
          actions: [{ description: 'Vaste lasten op een rij zetten', owner: 'resident', dueInDays: 30 }],
        },
      ],
    },
  };

const TRANSITION_GOAL = {
  domain: 'overig',
  text: 'Als ik 18 word, wil ik weten wie mij helpt met geld, school en wonen.',
  actions: [
    {
      description: 'Samen op een rij zetten wat er verandert als je 18 wordt',
      owner: 'Wijkteam Noord',
      dueInDays: 30,
    },
    {
      description: 'Kennismaken met de consulent voor jongvolwassenen',
      owner: 'Gemeente Regiedam',
      dueInDays: 60,
    },
  ],
};

const REASONS: Record<CasePhase, string> = {
  aanmelding: 'Aangemeld na een gesprek met de bewoner',
  veiligheidscheck: 'Aanmelding besproken in het team',
  startgesprek: 'Veiligheid en basiszorg zijn op orde',
  plan: 'Startgesprek gehouden, samen aan het plan',
  uitvoering: 'Het plan is klaar en besproken met de bewoner',
  evaluatie: 'Tijd om samen terug te kijken',
  afgesloten: 'Afgesloten',
};
const BACK_TO_WORK = 'Evaluatie gehouden: het plan loopt door';

type Rows = {
  cases: (typeof cases.$inferInsert)[];
  transitions: (typeof caseTransitions.$inferInsert)[];
  regisseurs: (typeof caseRegisseurs.$inferInsert)[];
  teamMembers: (typeof caseTeamMembers.$inferInsert)[];
  planVersions: (typeof planVersions.$inferInsert)[];
  agreements: (typeof planAgreements.$inferInsert)[];
  zrm: (typeof zrmAssessments.$inferInsert)[];
  provisions: (typeof provisions.$inferInsert)[];
  deadlines: (typeof caseDeadlines.$inferInsert)[];
};

/** Picks households for the specs: young people first (scarce), then families, then anyone left. */
function assignHouseholds(all: Household[], list: Spec[], today: IsoDate): (Household | undefined)[] {
  const free = [...all];
  const take = (test: (h: Household) => boolean) => {
    const i = free.findIndex(test);
    return i < 0 ? undefined : free.splice(i, 1)[0];
  };
  const hasYoung = (h: Household) => h.members.some((m) => isTurning18(m, today));
  const hasChild = (h: Household) => h.members.some((m) => isMinor(m, today));
  const out: (Household | undefined)[] = list.map(() => undefined);
  const order: Need[] = ['young18', 'family', 'any'];
  for (const need of order) {
    list.forEach((spec, i) => {
      if (spec.need !== need) return;
      out[i] =
        need === 'young18'
          ? (take(hasYoung) ?? take(hasChild) ?? take(() => true))
          : need === 'family'
            ? (take((h) => hasChild(h) && !hasYoung(h)) ?? take(() => true))
            : (take((h) => !hasYoung(h)) ?? take(() => true));
    });
  }
  return out;
}

function isTurning18(m: Member, today: IsoDate): boolean {
  return (
    m.birthDate !== null &&
    m.birthDate > addYearsMonths(today, -18) &&
    m.birthDate <= addYearsMonths(today, -17)
  );
}

function isMinor(m: Member, today: IsoDate): boolean {
  return m.birthDate !== null && m.birthDate > addYearsMonths(today, -18);
}

function isAdult(m: Member, today: IsoDate): boolean {
  return m.birthDate !== null && m.birthDate <= addYearsMonths(today, -18);
}

/**
 * The start of a deadline that puts it in the wanted state today: the latest start not before the case opened
 * that works, else an earlier one. "lopend" and "opgeschort" stay outside the board's risk margin.
 */
function startFor(
  kind: DeadlineKind,
  threatening: boolean,
  state: DeadlineState,
  today: IsoDate,
  opened: number,
  suspensions: Suspension[],
) {
  const term = termFor(DEFAULT_CASE_SETTINGS, kind, threatening);
  const margin = addWorkingDays(today, DEFAULT_CASE_SETTINGS.board.riskMarginWorkingDays);
  const wanted = (due: IsoDate) => {
    if (state === 'risico') return due > today && due <= margin;
    if (state === 'verlopen' || state === 'gehaald') return due < addCalendarDays(today, -3);
    return due > addCalendarDays(margin, 2);
  };
  const backs = [
    ...Array.from({ length: opened + 1 }, (_, i) => opened - i),
    ...Array.from({ length: 400 }, (_, i) => opened + 1 + i),
  ];
  for (const back of backs) {
    const startedOn = addCalendarDays(today, -back);
    const computed = computeDeadline({ term, startedOn, suspensions, today });
    if (wanted(computed.dueOn)) return { startedOn, computed };
  }
  throw new Error(`no start date for a ${state} ${kind} deadline`);
}

/** All rows of the demo cases: pure, so the same households, clock and cast give the same demo. */
function planRows(now: Date, cast: Cast, households: Household[], list: Spec[]): Rows {
  const prng = new Prng(SEED);
  const today = dateInAmsterdam(now);
  const day = (daysAgo: number) => addCalendarDays(today, -daysAgo);
  /** A moment `daysAgo` days ago during office hours (seeded minutes), for timestamps. */
  const at = (daysAgo: number) =>
    new Date(Date.parse(`${day(daysAgo)}T08:00:00Z`) + prng.int(0, 7 * 60) * 60_000);
  const who = (w: 'rana' | 'roos' | 'tess' | 'sem' | 'wout') => cast[w];
  const rows: Rows = {
    cases: [],
    transitions: [],
    regisseurs: [],
    teamMembers: [],
    planVersions: [],
    agreements: [],
    zrm: [],
    provisions: [],
    deadlines: [],
  };
  const assigned = assignHouseholds(households, list, today);

  list.forEach((spec, index) => {
    const household = assigned[index];
    if (!household) return;
    const caseId = prng.uuid();
    const head = household.members.find((m) => m.relation === 'hoofd') ?? household.members[0]!;
    const young =
      household.members.find((m) => isTurning18(m, today)) ??
      [...household.members]
        .filter((m) => isMinor(m, today))
        .sort((a, b) => (a.birthDate! < b.birthDate! ? -1 : 1))[0];
    const phase = spec.moves.at(-1)?.[0] ?? 'aanmelding';
    const evaluations = spec.moves.filter(([p]) => p === 'evaluatie').map(([, d]) => d);
    const closed = phase === 'afgesloten' ? spec.moves.at(-1)![1] : null;
    const leader = spec.regisseur ? who(spec.regisseur) : cast.tess;
    rows.cases.push({
      id: caseId,
      municipalityCode: MUNICIPALITY,
      householdId: household.id,
      teamId: cast.team,
      phase,
      lifecycleVersion: LIFECYCLE_VERSION,
      openedOn: day(spec.opened),
      closedOn: closed === null ? null : day(closed),
      lastEvaluatedOn: evaluations.length ? day(Math.min(...evaluations)) : null,
      createdBy: leader,
      createdAt: at(spec.opened),
    });

    // Phase history: creation, then every move, each with who and why.
    rows.transitions.push({
      caseId,
      fromPhase: null,
      toPhase: 'aanmelding',
      lifecycleVersion: LIFECYCLE_VERSION,
      reason: REASONS.aanmelding,
      actorId: leader,
      at: at(spec.opened),
    });
    let from: CasePhase = 'aanmelding';
    for (const [to, daysAgo] of spec.moves) {
      const reason =
        to === 'afgesloten'
          ? (spec.closeReason ?? REASONS.afgesloten)
          : from === 'evaluatie' && to === 'uitvoering'
            ? BACK_TO_WORK
            : REASONS[to];
      rows.transitions.push({
        caseId,
        fromPhase: from,
        toPhase: to,
        lifecycleVersion: LIFECYCLE_VERSION,
        reason,
        actorId: leader,
        at: at(daysAgo),
      });
      from = to;
    }

    // Regisseurs: an earlier one who handed over, the active one (ended when the case closed), a pending offer.
    if (spec.earlier) {
      rows.regisseurs.push({
        caseId,
        userId: who(spec.earlier.who),
        status: 'beeindigd',
        offeredBy: cast.tess,
        offeredAt: at(spec.opened),
        acceptedAt: at(spec.opened),
        endedAt: at(spec.earlier.endedDaysAgo),
        reason: 'Toegewezen door de teamleider',
      });
    }
    if (spec.regisseur) {
      const since = spec.earlier ? spec.earlier.endedDaysAgo : spec.opened;
      rows.regisseurs.push({
        caseId,
        userId: who(spec.regisseur),
        status: closed === null ? 'actief' : 'beeindigd',
        offeredBy: spec.earlier ? who(spec.earlier.who) : null,
        offeredAt: spec.earlier ? at(since + 1) : null,
        acceptedAt: at(since),
        endedAt: closed === null ? null : at(closed),
        reason: spec.earlier ? 'Warme overdracht: samen op huisbezoek geweest' : 'Zelf opgepakt',
      });
    }
    if (spec.offer) {
      rows.regisseurs.push({
        caseId,
        userId: who(spec.offer.to),
        status: 'aangeboden',
        offeredBy: who(spec.offer.by),
        offeredAt: at(spec.offer.daysAgo),
        reason: spec.offer.reason,
      });
    }

    for (const m of spec.members ?? []) {
      rows.teamMembers.push({
        caseId,
        userId: who(m.who),
        organisationId: m.who === 'sem' ? cast.kredietbank : cast.gemeente,
        role: m.who === 'sem' ? 'schuldhulpverlener' : 'jeugdconsulent',
        law: m.who === 'sem' ? 'wgs' : 'jeugdwet',
        joinedOn: day(m.joined),
        leftOn: m.left === undefined ? null : day(m.left),
        addedBy: leader,
      });
    }

    // Plan versions: goal and action ids stay the same across versions, so the diff shows real changes.
    const story = stories[spec.story];
    const goalIds = story.goals.map(() => prng.uuid());
    const actionIds = story.goals.map((g) => g.actions.map(() => prng.uuid()));
    const transitionIds = { goal: prng.uuid(), actions: TRANSITION_GOAL.actions.map(() => prng.uuid()) };
    const plans = spec.plans ?? [];
    const goalsByDomain = new Map<string, string>();
    plans.forEach((savedDaysAgo, v) => {
      const version = v + 1;
      const goalCount = version >= 3 ? 3 : 2;
      const goals = story.goals.slice(0, goalCount).map((g, gi) => {
        const person = g.who === 'kind' ? (young ?? head) : head;
        goalsByDomain.set(g.domain, goalIds[gi]!);
        return {
          id: goalIds[gi]!,
          domain: g.domain,
          text: g.text,
          personId: g.who === null ? null : person.personId,
          transition18: false,
          actions: g.actions.map((a, ai) => ({
            id: actionIds[gi]![ai]!,
            description: a.description,
            owner:
              a.owner === 'resident'
                ? { kind: 'persoon' as const, name: head.firstName }
                : { kind: 'organisatie' as const, name: a.owner },
            dueOn: a.dueInDays === null ? null : day(savedDaysAgo - a.dueInDays),
            // Later versions record progress: what was open is under way, the first action of goal 1 is done.
            status: version === 1 ? 'open' : ai === 0 && gi === 0 ? 'klaar' : version >= 3 ? 'bezig' : 'open',
          })),
        };
      });
      if (spec.transitionGoal && young && version === plans.length) {
        goalsByDomain.set('overig', transitionIds.goal);
        goals.push({
          id: transitionIds.goal,
          domain: TRANSITION_GOAL.domain,
          text: TRANSITION_GOAL.text,
          personId: young.personId,
          transition18: true,
          actions: TRANSITION_GOAL.actions.map((a, ai) => ({
            id: transitionIds.actions[ai]!,
            description: a.description,
            owner: { kind: 'organisatie' as const, name: a.owner },
            dueOn: day(savedDaysAgo - a.dueInDays),
            status: 'open',
          })),
        });
      }
      rows.planVersions.push({
        caseId,
        version,
        content: { situation: story.situation(head.firstName), goals },
        savedBy: leader,
        savedAt: at(savedDaysAgo),
      });
    });
    if (spec.agreed) {
      rows.agreements.push({
        caseId,
        planVersion: spec.agreed.version,
        agreedOn: day(spec.agreed.daysAgo),
        how: spec.agreed.how,
        note: spec.agreed.note ?? null,
        recordedBy: leader,
        recordedAt: at(spec.agreed.daysAgo),
      });
    }

    // ZRM of up to two adults; a later assessment scores a few domains one step better, so the trend shows.
    const adults = household.members.filter((m) => isAdult(m, today)).slice(0, 2);
    for (const adult of adults) {
      const base = Object.fromEntries(ZRM_DOMAIN_CODES.map((code) => [code, prng.int(2, 4)])) as Record<
        string,
        number
      >;
      base.financien = spec.story === 'geld' ? 1 : base.financien!;
      (spec.zrm ?? []).forEach((daysAgo, n) => {
        const scores =
          n === 0
            ? base
            : Object.fromEntries(
                Object.entries(base).map(([code, score], i) => [
                  code,
                  i % 3 === 0 ? Math.min(5, score + 1) : score,
                ]),
              );
        rows.zrm.push({
          caseId,
          personId: adult.personId,
          assessedOn: day(daysAgo),
          scores,
          assessedBy: leader,
          createdAt: at(daysAgo),
        });
      });
    }

    // Provisions with their decision, for the person they help, serving the plan goal of their domain.
    for (const p of spec.provisions ?? []) {
      const product = products[p.law];
      const person = p.law === 'jeugdwet' ? (young ?? head) : head;
      const goal = lawDomain[p.law].map((d) => goalsByDomain.get(d)).find(Boolean);
      rows.provisions.push({
        id: prng.uuid(),
        municipalityCode: MUNICIPALITY,
        householdId: household.id,
        personId: person.personId,
        law: p.law,
        product: product.product,
        startDate: day(p.startedDaysAgo),
        endDate: p.law === 'jeugdwet' ? null : day(p.startedDaysAgo - 365),
        status: 'toegekend',
        decidedOn: day(p.startedDaysAgo + 3),
        decidedBy: cast.rana,
        legalBasis: product.legalBasis,
        caseId,
        extent: product.extent,
        goalIds: goal ? [goal] : [],
      });
    }

    for (const dl of spec.deadlines ?? []) {
      const threatening = dl.threatening ?? false;
      const suspensions: Suspension[] =
        dl.state === 'opgeschort'
          ? [
              {
                from: addCalendarDays(today, -6),
                to: null,
                reason: 'Wachten op de medische gegevens van de bewoner',
              },
            ]
          : [];
      const { startedOn, computed } = startFor(
        dl.kind,
        threatening,
        dl.state,
        today,
        spec.opened,
        suspensions,
      );
      rows.deadlines.push({
        caseId,
        municipalityCode: MUNICIPALITY,
        kind: dl.kind,
        startedOn,
        dueOn: computed.dueOn,
        basis: { ...computed.basis, label: deadlineLabel(dl.kind, threatening), threatening },
        suspensions,
        extension: null,
        metOn: dl.state === 'gehaald' ? addCalendarDays(computed.dueOn, -4) : null,
        createdBy: leader,
        createdAt: new Date(Date.parse(`${startedOn}T09:00:00Z`)),
      });
    }
  });

  // A household whose case was closed while provisions under two laws go on: no shared plan any more (the board's
  // geen_gedeeld_plan). The team leader still sees the closed case (access rule 1), so the item reaches her; a
  // household that never had a case is nobody's to see.
  const lastClosed = rows.cases.filter((c) => c.phase === 'afgesloten').at(-1);
  const loose = households.find((h) => h.id === lastClosed?.householdId);
  const looseHead = loose?.members.find((m) => m.relation === 'hoofd') ?? loose?.members[0];
  if (loose && looseHead) {
    NO_CASE_PROVISIONS.forEach((law, i) => {
      const product = products[law];
      rows.provisions.push({
        id: prng.uuid(),
        municipalityCode: MUNICIPALITY,
        householdId: loose.id,
        personId: looseHead.personId,
        law,
        product: product.product,
        startDate: day(120 + 30 * i),
        endDate: day(120 + 30 * i - 365),
        status: 'toegekend',
        decidedOn: day(123 + 30 * i),
        decidedBy: cast.rana,
        legalBasis: product.legalBasis,
        extent: product.extent,
      });
    });
  }
  return rows;
}

type Ids = Omit<Cast, 'roos'>;

async function loadCast(ctx: Ctx): Promise<Ids | null> {
  const { rows } = await ctx.db.execute<{ [K in keyof Ids]: string | null }>(sql`
    SELECT (SELECT id FROM teams WHERE name = 'Wijkteam Noord') AS team,
      (SELECT id FROM organisations WHERE name = 'Gemeente Regiedam') AS gemeente,
      (SELECT id FROM organisations WHERE name = 'Kredietbank Delta') AS kredietbank,
      (SELECT id FROM users WHERE username = 'regisseur') AS rana,
      (SELECT id FROM users WHERE username = 'wijkteam') AS wout,
      (SELECT id FROM users WHERE username = 'schuldhulp') AS sem,
      (SELECT id FROM users WHERE username = 'teamleider') AS tess`);
  const r = rows[0];
  if (!r || Object.values(r).some((v) => !v)) return null;
  return r as Ids;
}

async function secondRegisseur(ctx: Ctx, ids: Ids): Promise<string> {
  const { rows } = await ctx.db.execute<{ id: string }>(
    sql`SELECT id FROM users WHERE lower(username) = ${SECOND_REGISSEUR.username}`,
  );
  if (rows[0]) return rows[0].id;
  const created = await createUser(ctx, {
    ...SECOND_REGISSEUR,
    email: `${SECOND_REGISSEUR.username}@regiedam.example`,
    organisationId: ids.gemeente,
    roles: ['regisseur', 'wijkteam_professional'],
    teams: [{ teamId: ids.team, isLeader: false }],
  });
  // Same demo password as Rana's account: reusing her argon2 hash saves a second hashing (about half a second)
  // on every demo start and test database. Demo data only; real accounts each get their own salt.
  await ctx.db.execute(sql`UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE id = ${ids.rana})
    WHERE id = ${created.id}`);
  return created.id;
}

/**
 * The current households in the wijken of Wijkteam Noord that no demo signal is about (so the signals keep the
 * story the signals seed gave them) and that have no case, with their current members: the first CANDIDATES in
 * BSN order of the head.
 */
async function candidateHouseholds(tx: Tx, team: string): Promise<Household[]> {
  const { rows } = await tx.execute<{
    household_id: string;
    person_id: string;
    voornamen: string;
    voorvoegsel: string | null;
    geslachtsnaam: string;
    geboortedatum: string | null;
    relation: Member['relation'];
  }>(sql`
    WITH candidate AS (
      SELECT h.id, min(hp.bsn) AS head_bsn
      FROM households h
      JOIN addresses a ON a.id = h.address_id
      JOIN household_members hm ON hm.household_id = h.id AND hm.relation = 'hoofd' AND hm.to_date IS NULL
      JOIN persons hp ON hp.id = hm.person_id
      WHERE h.municipality_code = ${MUNICIPALITY} AND h.ended_on IS NULL
        AND a.wijk_code IN (SELECT area_code FROM team_areas WHERE team_id = ${team})
        AND NOT EXISTS (SELECT 1 FROM signals s WHERE s.household_id = h.id)
        AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.household_id = h.id)
      GROUP BY h.id
      ORDER BY head_bsn
      LIMIT ${CANDIDATES})
    SELECT c.id AS household_id, p.id AS person_id, p.voornamen, p.voorvoegsel, p.geslachtsnaam,
      p.geboortedatum::text AS geboortedatum, m.relation
    FROM candidate c
    JOIN household_members m ON m.household_id = c.id AND m.to_date IS NULL
    JOIN persons p ON p.id = m.person_id AND p.overlijdensdatum IS NULL
    ORDER BY c.head_bsn, c.id, p.bsn`);
  const byId = new Map<string, Household>();
  for (const r of rows) {
    let h = byId.get(r.household_id);
    if (!h) {
      h = { id: r.household_id, members: [] };
      byId.set(r.household_id, h);
    }
    h.members.push({
      personId: r.person_id,
      firstName: r.voornamen,
      name: [r.voornamen, r.voorvoegsel, r.geslachtsnaam].filter(Boolean).join(' '),
      birthDate: r.geboortedatum,
      relation: r.relation,
    });
  }
  return [...byId.values()];
}

/**
 * The board's overgang_18 needs a young person with Jeugdwet care who turns 18 within a year. A small demo
 * population may have none in the wijken of Noord; then one is added to a family there (a synthetic BSN far above
 * the population's, 11-proof like all of them).
 */
async function ensureYoungPerson(tx: Tx, households: Household[], today: IsoDate): Promise<void> {
  if (households.some((h) => h.members.some((m) => isTurning18(m, today)))) return;
  const family = households.find((h) => h.members.some((m) => m.relation === 'kind')) ?? households[0];
  const head = family?.members.find((m) => m.relation === 'hoofd') ?? family?.members[0];
  if (!family || !head) return;
  const birthDate = addYearsMonths(today, -17, -5);
  const surname = head.name.split(' ').at(-1) ?? 'Jansen';
  const [person] = await tx
    .insert(persons)
    .values({
      municipalityCode: MUNICIPALITY,
      bsn: syntheticBsn(EXTRA_PERSON_BSN_INDEX),
      voornamen: 'Sami',
      geslachtsnaam: surname,
      geboortedatum: birthDate,
      geslacht: 'M',
    })
    .onConflictDoNothing()
    .returning({ id: persons.id });
  if (!person) return;
  await tx.insert(householdMembers).values({
    municipalityCode: MUNICIPALITY,
    householdId: family.id,
    personId: person.id,
    relation: 'kind',
    fromDate: birthDate,
  });
  family.members.push({
    personId: person.id,
    firstName: 'Sami',
    name: `Sami ${surname}`,
    birthDate,
    relation: 'kind',
  });
}

/**
 * Demo household cases for Regiedam, relative to ctx.now: 25 open cases in every phase and three closed ones on
 * Wijkteam Noord, with regisseurs (two cases without one, one of those with a pending offer; one warm handover),
 * case team members of other organisations, plan versions with goals in the residents' words and agreements, ZRM
 * assessments on two dates, provisions under Wmo, Jeugdwet, Participatiewet and Wgs serving plan goals, and legal
 * deadlines computed by the deadline engine (running, at risk, overdue, met, suspended). With the demo signals the
 * signals board shows each of its kinds (see `specs`). Adds the account `regisseur2` (Roos Regisseur) of Wijkteam
 * Noord, so a warm handover has someone to go to. Deterministic; returns the number of cases made.
 */
export async function seedDemoCases(ctx: Ctx): Promise<number> {
  const ids = await loadCast(ctx);
  if (!ids) return 0;
  const roos = await secondRegisseur(ctx, ids);
  const today = dateInAmsterdam(ctx.now);
  return inTransaction(ctx, async (tx) => {
    const households = await candidateHouseholds(tx, ids.team);
    if (households.length === 0) return 0;
    await ensureYoungPerson(tx, households, today);
    const rows = planRows(ctx.now, { ...ids, roos }, households, specs());
    // Order follows the foreign keys: cases first, then everything that points at them.
    await tx.insert(cases).values(rows.cases);
    await tx.insert(caseTransitions).values(rows.transitions);
    if (rows.regisseurs.length) await tx.insert(caseRegisseurs).values(rows.regisseurs);
    if (rows.teamMembers.length) await tx.insert(caseTeamMembers).values(rows.teamMembers);
    if (rows.planVersions.length) await tx.insert(planVersions).values(rows.planVersions);
    if (rows.agreements.length) await tx.insert(planAgreements).values(rows.agreements);
    if (rows.zrm.length) await tx.insert(zrmAssessments).values(rows.zrm);
    if (rows.provisions.length) await tx.insert(provisions).values(rows.provisions);
    if (rows.deadlines.length) await tx.insert(caseDeadlines).values(rows.deadlines);
    return rows.cases.length;
  });
}
