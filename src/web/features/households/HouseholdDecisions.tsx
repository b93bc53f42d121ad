// "Bijstandsbesluiten" on the household page: every recorded decision with its amount and grondslag, and the stored
// explanation of the calculation behind a disclosure (to answer a bezwaar from what was decided then).
// A regisseur can open the calculator for this household to record a new one.
import { useQuery } from '@tanstack/react-query';
import { type Bijstandsbesluit, bijstandsbesluitenQuery } from '../../api/decisions.ts';
import type { HouseholdMember } from '../../api/types.ts';
import {
  DataList,
  EmptyState,
  ErrorMessage,
  Heading,
  Loading,
  Paragraph,
  RouterLink,
  Section,
} from '../../components/index.ts';
import { formatCalendarDate, formatEuro } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { Explanation } from '../rules/Explanation.tsx';
import { memberName } from '../rules/householdPrefill.ts';
import '../rules/rules.css';

const d = t.decisions;

export function HouseholdDecisions({
  householdId,
  members,
  canRecord,
}: {
  householdId: string;
  members: HouseholdMember[];
  canRecord: boolean;
}) {
  const query = useQuery(bijstandsbesluitenQuery(householdId));
  return (
    <Section title={d.title}>
      <Paragraph>{d.intro}</Paragraph>
      {canRecord && (
        <Paragraph>
          <RouterLink to="/bijstandsnorm" search={{ huishouden: householdId }}>
            {d.record}
          </RouterLink>
        </Paragraph>
      )}
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState>{d.empty}</EmptyState>
      ) : (
        <ul className="regie-decisions">
          {query.data.items.map((decision) => (
            <DecisionItem key={decision.id} decision={decision} members={members} />
          ))}
        </ul>
      )}
    </Section>
  );
}

function DecisionItem({ decision, members }: { decision: Bijstandsbesluit; members: HouseholdMember[] }) {
  const person = members.find((m) => m.id === decision.personId);
  const amount = formatEuro(decision.totaalCent);
  return (
    <li className="regie-decision">
      <Heading level={3}>{d.itemTitle(formatCalendarDate(decision.ingangsdatum), amount)}</Heading>
      <DataList
        entries={[
          { key: 'ingang', label: d.ingangsdatum, value: formatCalendarDate(decision.ingangsdatum) },
          { key: 'besluit', label: d.besluitdatum, value: formatCalendarDate(decision.besluitdatum) },
          {
            key: 'bedrag',
            label: d.amount,
            value: (
              <data value={String(decision.totaalCent)} className="regie-decision__amount">
                {amount}
              </data>
            ),
          },
          { key: 'aanvrager', label: d.claimant, value: person ? memberName(person) : d.unknownPerson },
          { key: 'grondslag', label: d.grondslag, value: decision.grondslag },
        ]}
      />
      <details className="regie-decision__details">
        <summary>{d.showExplanation}</summary>
        <Paragraph>{d.explanationIntro(formatCalendarDate(decision.berekening.peildatum))}</Paragraph>
        <Explanation steps={decision.berekening.uitleg} />
      </details>
    </li>
  );
}
