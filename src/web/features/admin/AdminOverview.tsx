// Start page section for the beheerder: how many organisations, users, teams and API keys there are.
import { useQuery } from '@tanstack/react-query';
import { adminOrganisationsQuery, adminTeamsQuery, adminUsersQuery, apiKeysQuery } from '../../api/admin.ts';
import { errorMessage } from '../../api/problem.ts';
import { DataTable, Paragraph, RouterLink, Section } from '../../components/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';

interface Row {
  key: string;
  label: string;
  to: '/beheer/organisaties' | '/beheer/gebruikers' | '/beheer/teams' | '/beheer/api-sleutels';
  count: string;
}

function countOf(query: { data?: { total: number }; isError: boolean; error: unknown }): string {
  if (query.isError) return errorMessage(query.error);
  return query.data ? formatNumber(query.data.total) : t.app.loading;
}

export function AdminOverview() {
  const first = { page: 1, pageSize: 1 };
  const organisations = useQuery(adminOrganisationsQuery(first));
  const users = useQuery(adminUsersQuery(first));
  const teams = useQuery(adminTeamsQuery(first));
  const keys = useQuery(apiKeysQuery(first));
  const rows: Row[] = [
    {
      key: 'organisations',
      label: t.nav.adminOrganisations,
      to: '/beheer/organisaties',
      count: countOf(organisations),
    },
    { key: 'users', label: t.nav.adminUsers, to: '/beheer/gebruikers', count: countOf(users) },
    { key: 'teams', label: t.nav.adminTeams, to: '/beheer/teams', count: countOf(teams) },
    { key: 'keys', label: t.nav.adminApiKeys, to: '/beheer/api-sleutels', count: countOf(keys) },
  ];
  return (
    <Section title={t.admin.startTitle}>
      <Paragraph>{t.admin.startIntro}</Paragraph>
      <DataTable<Row>
        caption={t.admin.overviewCaption}
        captionHidden
        rows={rows}
        rowKey={(row) => row.key}
        columns={[
          {
            key: 'section',
            header: t.admin.section,
            rowHeader: true,
            render: (row) => <RouterLink to={row.to}>{row.label}</RouterLink>,
          },
          { key: 'count', header: t.admin.count, numeric: true, render: (row) => row.count },
        ]}
      />
    </Section>
  );
}
