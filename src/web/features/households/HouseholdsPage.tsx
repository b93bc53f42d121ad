// "Huishoudens": the households in the areas the user's teams serve, searchable and paginated.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { householdsQuery } from '../../api/households.ts';
import { Heading, PagedResults, Paragraph } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { HouseholdsSearchForm } from './HouseholdsSearchForm.tsx';
import { HouseholdsTable } from './HouseholdsTable.tsx';
import { useWijkOptions } from './useWijkOptions.ts';

const route = getRouteApi('/_app/huishoudens');
const PAGE_SIZE = 25;

export function HouseholdsPage() {
  return (
    <RoleGate page="households">
      <HouseholdsContent />
    </RoleGate>
  );
}

function HouseholdsContent() {
  usePageTitle(t.households.title);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const wijken = useWijkOptions();
  const page = search.page ?? 1;
  const query = useQuery(
    householdsQuery({ search: search.search, wijk: search.wijk, page, pageSize: PAGE_SIZE }),
  );
  const filtered = Boolean(search.search || search.wijk);

  return (
    <>
      <Heading level={1}>{t.households.title}</Heading>
      <Paragraph lead>{t.households.intro}</Paragraph>
      <HouseholdsSearchForm
        key={`${search.search ?? ''}|${search.wijk ?? ''}`}
        initial={search}
        wijkOptions={wijken.options}
        onSearch={(values) => void navigate({ search: values })}
      />
      <PagedResults
        query={query}
        empty={filtered ? t.households.emptySearch : t.households.empty}
        onPageChange={(next) => void navigate({ search: (previous) => ({ ...previous, page: next }) })}
      >
        {(households) => (
          <HouseholdsTable households={households} wijkNames={wijken.names} busy={query.isPlaceholderData} />
        )}
      </PagedResults>
    </>
  );
}
