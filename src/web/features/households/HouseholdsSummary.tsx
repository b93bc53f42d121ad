// Start page section: how many households the user's teams serve, a search, and the first few households.
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { householdsQuery } from '../../api/households.ts';
import { EmptyState, Paragraph, QueryState, RouterLink, Section } from '../../components/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { HouseholdsSearchForm } from './HouseholdsSearchForm.tsx';
import { HouseholdsTable } from './HouseholdsTable.tsx';
import { useWijkOptions } from './useWijkOptions.ts';

export function HouseholdsSummary() {
  const navigate = useNavigate();
  const wijken = useWijkOptions();
  const query = useQuery(householdsQuery({ page: 1, pageSize: 5 }));
  return (
    <Section title={t.households.startTitle}>
      <QueryState query={query}>
        {(data) =>
          data.total === 0 ? (
            <EmptyState>{t.households.empty}</EmptyState>
          ) : (
            <>
              <Paragraph>{t.households.count(formatNumber(data.total))}</Paragraph>
              <HouseholdsSearchForm
                idPrefix="start-huishoudens"
                initial={{}}
                wijkOptions={wijken.options}
                onSearch={(values) => void navigate({ to: '/huishoudens', search: values })}
              />
              <HouseholdsTable households={data.items} wijkNames={wijken.names} />
              <Paragraph>
                <RouterLink to="/huishoudens">{t.households.viewAll}</RouterLink>
              </Paragraph>
            </>
          )
        }
      </QueryState>
    </Section>
  );
}
