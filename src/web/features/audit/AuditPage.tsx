// "Logboek": the audit log for the functionaris gegevensbescherming, filtered by period and action.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { auditQuery } from '../../api/audit.ts';
import { Heading, PagedResults, Paragraph } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { AuditFilters } from './AuditFilters.tsx';
import { AuditTable } from './AuditTable.tsx';

const route = getRouteApi('/_app/logboek');
const PAGE_SIZE = 50;

export function AuditPage() {
  return (
    <RoleGate page="audit">
      <AuditContent />
    </RoleGate>
  );
}

function AuditContent() {
  usePageTitle(t.audit.title);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const page = search.page ?? 1;
  const query = useQuery(
    auditQuery({ from: search.from, to: search.to, action: search.action, page, pageSize: PAGE_SIZE }),
  );
  return (
    <>
      <Heading level={1}>{t.audit.title}</Heading>
      <Paragraph lead>{t.audit.intro}</Paragraph>
      <AuditFilters
        key={`${search.from ?? ''}|${search.to ?? ''}|${search.action ?? ''}`}
        initial={search}
        onFilter={(values) => void navigate({ search: values })}
      />
      <PagedResults
        query={query}
        empty={t.audit.empty}
        onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      >
        {(entries) => (
          <AuditTable entries={entries} caption={t.audit.caption} busy={query.isPlaceholderData} />
        )}
      </PagedResults>
    </>
  );
}
