// "Mijn organisatie" for partner staff.
import { useQuery } from '@tanstack/react-query';
import { myOrganisationQuery } from '../../api/me.ts';
import { Heading, Paragraph, QueryState } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { OrganisationCard } from './OrganisationCard.tsx';

export function MyOrganisationPage() {
  return (
    <RoleGate page="organisation">
      <MyOrganisationContent />
    </RoleGate>
  );
}

function MyOrganisationContent() {
  usePageTitle(t.organisation.title);
  const query = useQuery(myOrganisationQuery);
  return (
    <>
      <Heading level={1}>{t.organisation.title}</Heading>
      <Paragraph lead>{t.organisation.intro}</Paragraph>
      <QueryState query={query}>
        {(organisation) => <OrganisationCard organisation={organisation} />}
      </QueryState>
    </>
  );
}
