import { formatDutchDate } from '../../../lib/dates.ts';
import type { Dossier } from './inzage.schemas.ts';

/**
 * The dossier as a readable document (B1 Dutch) for the resident: a title, and sections with a heading, short
 * paragraphs and items (one record each, as lines). The PDF renders exactly this, so what the resident reads can
 * be tested without a PDF reader. Nothing recorded in a section is said in one sentence, never left out.
 */

export type DocumentItem = { title: string; lines: string[] };
export type DocumentSection = { heading: string; intro?: string; items: DocumentItem[]; empty: string };
export type InzageDocument = {
  title: string;
  intro: string[];
  sections: DocumentSection[];
  rights: string[];
};

export const NOTHING_RECORDED = 'Regie heeft hierover niets vastgelegd.';

const momentFormat = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Amsterdam',
});

/** A moment as the resident reads it: "23-11-2026 10:00" in Dutch time. */
export function formatMoment(isoMoment: string): string {
  const parts = Object.fromEntries(
    momentFormat.formatToParts(new Date(isoMoment)).map((p) => [p.type, p.value]),
  );
  return `${parts.day}-${parts.month}-${parts.year} ${parts.hour}:${parts.minute}`;
}

const date = (d: string | null) => (d ? formatDutchDate(d) : '');
const euros = (cents: number) => `€ ${(cents / 100).toFixed(2).replace('.', ',')}`;

function period(from: string, to: string | null): string {
  return to ? `van ${date(from)} tot ${date(to)}` : `sinds ${date(from)}`;
}

const HOW: Record<string, string> = {
  mondeling: 'mondeling',
  schriftelijk: 'schriftelijk',
  digitaal: 'digitaal',
};
const REVIEW: Record<string, string> = {
  open: 'nog niet beoordeeld door de FG',
  gerechtvaardigd: 'de FG vond het terecht',
  onterecht: 'de FG vond het niet terecht',
};
const REGISSEUR_STATUS: Record<string, string> = {
  actief: 'uw regisseur',
  aangeboden: 'gevraagd om uw regisseur te worden',
  beeindigd: 'was uw regisseur',
};
const ACTION_STATUS: Record<string, string> = {
  open: 'nog niet begonnen',
  bezig: 'bezig',
  klaar: 'klaar',
  vervallen: 'vervallen',
};

export function inzageDocument(d: Dossier): InzageDocument {
  const caseNumber = new Map(d.cases.map((c, i) => [c.id, i + 1]));
  const caseRef = (id: string | null) => (id && caseNumber.has(id) ? `casus ${caseNumber.get(id)}` : null);
  const p = d.person;
  return {
    title: 'Inzage in uw gegevens',
    intro: [
      `Dit overzicht is gemaakt op ${date(d.compiledOn)} voor ${p.name}.`,
      'U vroeg welke gegevens Regie over u bewaart. Regie is het systeem dat de gemeente gebruikt voor hulp aan ' +
        'huishoudens. Hieronder staat alles wat Regie over u weet, waarom, wie het krijgt, hoe lang het bewaard ' +
        'blijft en wie uw gegevens heeft bekeken (AVG artikel 15).',
      `Gemeente: ${d.municipalities.map((m) => m.name).join(', ')}.`,
    ],
    sections: [
      {
        heading: 'Uw persoonsgegevens',
        items: [
          {
            title: p.name,
            lines: [
              `Burgerservicenummer (BSN): ${p.bsn}`,
              ...(p.geboortedatum ? [`Geboortedatum: ${date(p.geboortedatum)}`] : []),
              ...(p.geslacht
                ? [`Geslacht: ${{ M: 'man', V: 'vrouw', O: 'onbekend' }[p.geslacht] ?? p.geslacht}`]
                : []),
              ...(p.overlijdensdatum ? [`Overlijdensdatum: ${date(p.overlijdensdatum)}`] : []),
            ],
          },
        ],
        empty: NOTHING_RECORDED,
      },
      {
        heading: 'Waar u woont of woonde',
        intro:
          'Van andere mensen in uw huishouden noemen we alleen hoeveel het er zijn. Hun gegevens zijn van hen.',
        items: d.households.map((h) => ({
          title: h.address,
          lines: [
            `${h.relationLabel}, ${period(h.from, h.to)}`,
            h.coResidents === 0
              ? 'Geen medebewoners'
              : `${h.coResidents} ${h.coResidents === 1 ? 'medebewoner' : 'medebewoners'}`,
          ],
        })),
        empty: NOTHING_RECORDED,
      },
      {
        heading: 'Signalen over u of uw huishouden',
        intro:
          'Een signaal is een melding van bijvoorbeeld een verhuurder of energiebedrijf dat er iets speelt.',
        items: d.signals.map((s) => ({
          title: `${s.kindLabel} van ${date(s.signalDate)}`,
          lines: [
            `Van: ${[s.partnerOrganisation, s.partnerType].filter(Boolean).join(', ') || 'een medewerker'}`,
            s.about === 'persoon' ? 'Gaat over: u' : 'Gaat over: uw huishouden',
            ...(s.amountEuros !== null ? [`Achterstand: € ${s.amountEuros}`] : []),
            ...(s.description ? [`Omschrijving: ${s.description}`] : []),
            `Stand: ${s.status}`,
            ...(s.retentionUntil ? [`Wordt bewaard tot: ${date(s.retentionUntil)}`] : []),
          ],
        })),
        empty: NOTHING_RECORDED,
      },
      {
        heading: 'Vroegsignaalzaken',
        items: d.signalCases.map((c) => ({
          title: `${c.kindLabel} van ${date(c.openedOn)}`,
          lines: [
            ...(c.team ? [`Team: ${c.team}`] : []),
            c.pickedUpOn ? `Opgepakt op ${date(c.pickedUpOn)}` : 'Nog niet opgepakt',
            ...(c.closedOn ? [`Afgesloten op ${date(c.closedOn)}${c.result ? `: ${c.result}` : ''}`] : []),
          ],
        })),
        empty: NOTHING_RECORDED,
      },
      {
        heading: 'Casussen: hulp aan uw huishouden',
        items: d.cases.map((c, i) => ({
          title: `Casus ${i + 1}, gestart op ${date(c.openedOn)}`,
          lines: [
            `Fase nu: ${c.phaseLabel}${c.closedOn ? ` (afgesloten op ${date(c.closedOn)})` : ''}`,
            `Team: ${c.team} (${c.organisation})`,
            ...c.regisseurs.map(
              (r) => `Regisseur: ${r.name}, ${r.organisation} (${REGISSEUR_STATUS[r.status] ?? r.status})`,
            ),
            ...c.phases.map((ph) => `${formatMoment(ph.at)}: ${ph.toLabel}. ${ph.reason}`),
          ],
        })),
        empty: NOTHING_RECORDED,
      },
      {
        heading: 'Plannen',
        intro:
          'Elke keer dat een plan is opgeslagen, bewaart Regie die versie. Doelen van anderen staan hier niet.',
        items: d.plans.map((pl) => ({
          title: `Plan van ${caseRef(pl.caseId) ?? 'de casus'}, versie ${pl.version} (${formatMoment(pl.savedAt)})`,
          lines: [
            ...(pl.situation.strengths ? [`Wat goed gaat: ${pl.situation.strengths}`] : []),
            ...(pl.situation.worries ? [`Zorgen: ${pl.situation.worries}`] : []),
            ...(pl.situation.network ? [`Netwerk: ${pl.situation.network}`] : []),
            ...(pl.situation.earlierHelp ? [`Eerdere hulp: ${pl.situation.earlierHelp}`] : []),
            ...pl.goals.flatMap((g) => [
              `Doel (${g.domainLabel}${g.forYou ? ', voor u' : ', voor het huishouden'}): ${g.text}`,
              ...g.actions.map(
                (a) =>
                  `  - ${a.owner}: ${a.description}${a.dueOn ? `, klaar op ${date(a.dueOn)}` : ''} (${ACTION_STATUS[a.status] ?? a.status})`,
              ),
            ]),
            ...pl.agreements.map((a) => `Ingestemd op ${date(a.agreedOn)} (${HOW[a.how] ?? a.how})`),
          ],
        })),
        empty: NOTHING_RECORDED,
      },
      {
        heading: 'Zelfredzaamheid (ZRM)',
        intro: 'Scores van 1 (acute problemen) tot 5 (volledig zelfredzaam), alleen die over u.',
        items: d.zrm.map((z) => ({
          title: `Ingevuld op ${date(z.assessedOn)}`,
          lines: z.scores.map((s) => `${s.label}: ${s.score} (${s.scoreLabel})`),
        })),
        empty: NOTHING_RECORDED,
      },
      {
        heading: 'Voorzieningen en besluiten',
        items: d.provisions.map((v) => ({
          title: `${v.product} (${v.law === 'overig' ? (v.reference ?? v.lawLabel) : v.lawLabel})`,
          lines: [
            `${v.forYou ? 'Voor u' : 'Voor het huishouden'}, ${v.status}, ${period(v.startDate, v.endDate)}`,
            ...(v.extent ? [`Omvang: ${v.extent}`] : []),
            ...(v.decision
              ? [
                  `Besluit op ${date(v.decision.decidedOn)}${v.decision.decidedBy ? ` door ${v.decision.decidedBy}` : ''}`,
                  ...(v.decision.legalBasis ? [`Op grond van: ${v.decision.legalBasis}`] : []),
                  ...(v.decision.amountCents !== null
                    ? [`Bedrag per maand: ${euros(v.decision.amountCents)}`]
                    : []),
                ]
              : []),
          ],
        })),
        empty: NOTHING_RECORDED,
      },
      {
        heading: 'Wettelijke termijnen',
        items: d.deadlines.map((t) => ({
          title: t.label,
          lines: [
            `Gestart op ${date(t.startedOn)}, uiterlijk ${date(t.dueOn)}`,
            t.metOn ? `Gehaald op ${date(t.metOn)}` : 'Nog niet afgerond',
            ...(t.rule ? [`Regel: ${t.rule}`] : []),
          ],
        })),
        empty: NOTHING_RECORDED,
      },
      {
        heading: 'Uw toestemmingen',
        items: d.consents.map((k) => ({
          title: `${k.purposeName}: gegevens delen met ${k.recipient}`,
          lines: [
            `Gegeven op ${date(k.givenOn)} (${HOW[k.givenHow] ?? k.givenHow})`,
            k.withdrawnOn
              ? `Ingetrokken op ${date(k.withdrawnOn)} (${HOW[k.withdrawnHow ?? ''] ?? k.withdrawnHow})`
              : 'Geldt nog',
            ...(k.note ? [`Opmerking: ${k.note}`] : []),
          ],
        })),
        empty: NOTHING_RECORDED,
      },
      {
        heading: 'Noodtoegang tot uw gegevens',
        intro:
          'Soms kijkt iemand buiten uw casusteam in een noodgeval. Dat mag alleen met een reden en even.',
        items: d.accessGrants.map((g) => ({
          title: `${g.who.name}, ${g.who.organisation ?? ''}`.replace(/, $/, ''),
          lines: [
            `Van ${formatMoment(g.grantedAt)} tot ${formatMoment(g.endedAt ?? g.expiresAt)}`,
            `Reden: ${g.reason}`,
            `Beoordeling: ${REVIEW[g.reviewStatus] ?? g.reviewStatus}`,
          ],
        })),
        empty: NOTHING_RECORDED,
      },
      {
        heading: 'Wie heeft uw gegevens bekeken of gewijzigd',
        intro: 'Regie legt elke keer vast wie uw gegevens bekijkt of wijzigt, en wanneer.',
        items: d.accessLog.map((e) => ({
          title: `${formatMoment(e.at)}: ${e.who ? [e.who.name, e.who.organisation].filter(Boolean).join(', ') : 'onbekend'}`,
          lines: [e.description],
        })),
        empty: NOTHING_RECORDED,
      },
      {
        heading: 'Waarom Regie uw gegevens gebruikt',
        intro:
          'Per soort gegevens: waarvoor, op grond van welke wet, wie ze krijgt en hoe lang ze bewaard blijven.',
        items: d.processing.map((c) => ({
          title: c.label,
          lines: [
            c.description,
            ...c.purposes.flatMap((purpose) => [
              `Doel: ${purpose.name}`,
              `  Wettelijke grondslag: ${purpose.legalBases.join('; ')}`,
              `  Ontvangers: ${purpose.recipients.join('; ')}`,
            ]),
            ...c.retention.map((r) => `Bewaard: ${r.label}, ${r.months} maanden ${r.from}`),
            ...(c.retentionNote ? [`Bewaard: ${c.retentionNote}`] : []),
          ],
        })),
        empty: NOTHING_RECORDED,
      },
    ],
    rights: [
      'Klopt er iets niet? Dan kunt u de gemeente vragen het te verbeteren (AVG artikel 16).',
      'U kunt ook vragen gegevens te wissen (artikel 17) of bezwaar maken tegen het gebruik (artikel 21).',
      'Heeft u een klacht over hoe de gemeente met uw gegevens omgaat? Neem dan contact op met de ' +
        'functionaris gegevensbescherming van de gemeente, of met de Autoriteit Persoonsgegevens.',
    ],
  };
}
