// "Bijstandsnorm berekenen": the Participatiewet norm of a household, explained article by article, with what-if.
// With ?huishouden=<id> it starts from that household in Regie, and a regisseur can record the outcome as a decision.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { householdQuery } from '../../api/households.ts';
import type { HouseholdDetail } from '../../api/types.ts';
import { ErrorMessage, Heading, Loading, Paragraph, RouterLink } from '../../components/index.ts';
import { formatStreetLine } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { canRecordDecision, canUse } from '../shell/access.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { NormCalculator } from './NormCalculator.tsx';
import './rules.css';

const route = getRouteApi('/_app/bijstandsnorm');

export function BijstandsnormPage() {
  return (
    <RoleGate page="rulesCalculator">
      <BijstandsnormContent />
    </RoleGate>
  );
}

function BijstandsnormContent() {
  usePageTitle(t.rules.calculatorTitle);
  const { huishouden } = route.useSearch();
  const { user } = useSession();
  const forHousehold = huishouden && canUse(user.roles, 'households') ? huishouden : undefined;
  return (
    <>
      <Heading level={1}>{t.rules.calculatorTitle}</Heading>
      <Paragraph lead>{t.rules.calculatorIntro}</Paragraph>
      {forHousehold ? (
        <ForHousehold householdId={forHousehold} canRecord={canRecordDecision(user.roles)} />
      ) : (
        <>
          <Paragraph>{t.rules.privacyNote}</Paragraph>
          <NormCalculator />
        </>
      )}
    </>
  );
}

function ForHousehold({ householdId, canRecord }: { householdId: string; canRecord: boolean }) {
  const query = useQuery(householdQuery(householdId));
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorMessage error={query.error} onRetry={() => void query.refetch()} />;
  const household: HouseholdDetail = query.data;
  return (
    <>
      <Paragraph>
        {t.decisions.forHousehold(formatStreetLine(household.address))}{' '}
        <RouterLink to="/huishoudens/$householdId" params={{ householdId }}>
          {t.decisions.backToHousehold}
        </RouterLink>
      </Paragraph>
      <Paragraph>{t.decisions.householdNote}</Paragraph>
      <NormCalculator key={household.id} household={household} canRecord={canRecord} />
    </>
  );
}
