// "Prestatieafspraken" (issue 7): the agreements the viewer oversees (beleid, team leader, FG) or whose
// organisation is a party to (corporation, debt help). Each row links to the agreement.
import { useQuery } from '@tanstack/react-query';
import { DataTable, EmptyState, Heading, Paragraph, QueryState, RouterLink } from '../../components/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { useSession } from '../auth/SessionContext.tsx';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { type AgreementSummary, agreementListQuery } from './api.ts';
import { NewAgreementForm } from './NewAgreementForm.tsx';
import { phaseName, agreementTexts as tx } from './texts.ts';
import './agreements.css';

export function AgreementsPage() {
  return (
    <RoleGate page="agreements">
      <AgreementsContent />
    </RoleGate>
  );
}

const c = tx.columns;

function AgreementsContent() {
  usePageTitle(tx.title);
  const list = useQuery(agreementListQuery);
  // Making agreements is agreement.manage (beleidsmedewerker); the server checks it again.
  const manages = useSession().user.roles.includes('beleidsmedewerker');
  return (
    <>
      <Heading level={1}>{tx.title}</Heading>
      <Paragraph lead>{tx.intro}</Paragraph>
      <QueryState query={list} loadingLabel={tx.loading}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState>{tx.empty}</EmptyState>
          ) : (
            <DataTable<AgreementSummary>
              caption={tx.listCaption}
              stacked
              rows={items}
              rowKey={(a) => a.id}
              columns={[
                {
                  key: 'title',
                  header: c.title,
                  rowHeader: true,
                  render: (a) => (
                    <RouterLink to="/afspraken/$agreementId" params={{ agreementId: a.id }}>
                      {a.title}
                    </RouterLink>
                  ),
                },
                { key: 'year', header: c.year, render: (a) => String(a.year) },
                { key: 'municipality', header: c.municipality, render: (a) => a.municipality.name },
                { key: 'phase', header: c.phase, render: (a) => phaseName(a.phase) },
                { key: 'parties', header: c.parties, render: (a) => a.parties.map((p) => p.name).join(', ') },
                {
                  key: 'commitments',
                  header: c.commitments,
                  numeric: true,
                  render: (a) => formatNumber(a.commitments),
                },
              ]}
            />
          )
        }
      </QueryState>
      {manages && <NewAgreementForm />}
    </>
  );
}
