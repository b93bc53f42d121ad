// Start page section for partner staff: their organisation.
import { useQuery } from '@tanstack/react-query';
import { myOrganisationQuery } from '../../api/me.ts';
import { Paragraph, QueryState, Section } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { OrganisationCard } from './OrganisationCard.tsx';

export function OrganisationSummary() {
  const query = useQuery(myOrganisationQuery);
  return (
    <Section title={t.organisation.title}>
      <Paragraph>{t.organisation.intro}</Paragraph>
      <QueryState query={query}>
        {(organisation) => <OrganisationCard organisation={organisation} />}
      </QueryState>
    </Section>
  );
}
