// "Mijn signalen": the signals the partner's organisation filed, with only what the law lets a partner know:
// whether the team picked each one up. No reason, no case data, no household.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type MijnSignaal, mySignalsQuery } from '../../api/signals.ts';
import { DataTable, Heading, PagedResults, Paragraph, RouterLink } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { feedbackLabel } from './labels.ts';
import { receivedDay } from './WorklistTable.tsx';
import './signals.css';

const route = getRouteApi('/_app/signalen/mijn');
const PAGE_SIZE = 25;
const m = t.signals.mine;

/** The partner's own reference, or the start of Regie's id when they gave none. */
export function referenceOf(signal: Pick<MijnSignaal, 'id' | 'partnerReferentie'>): string {
  return signal.partnerReferentie || signal.id.slice(0, 8);
}

export function MySignalsPage() {
  return (
    <RoleGate page="mySignals">
      <MySignalsContent />
    </RoleGate>
  );
}

function MySignalsContent() {
  usePageTitle(m.title);
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const query = useQuery(mySignalsQuery({ page: search.page ?? 1, pageSize: PAGE_SIZE }));
  return (
    <div className="regie-signal-page regie-stack">
      <Heading level={1}>{m.title}</Heading>
      <Paragraph lead>{m.intro}</Paragraph>
      <Paragraph>
        <RouterLink to="/signalen/nieuw">{m.newSignal}</RouterLink>
      </Paragraph>
      <PagedResults
        query={query}
        empty={m.empty}
        onPageChange={(next) => void navigate({ search: { page: next } })}
      >
        {(signals) => (
          <DataTable<MijnSignaal>
            caption={m.caption}
            captionHidden
            stacked
            busy={query.isPlaceholderData}
            rows={signals}
            rowKey={(signal) => signal.id}
            columns={[
              { key: 'reference', header: m.reference, rowHeader: true, render: referenceOf },
              { key: 'category', header: m.category, render: (signal) => signal.categorieLabel },
              { key: 'received', header: m.received, render: (signal) => receivedDay(signal.ontvangenOp) },
              {
                key: 'feedback',
                header: m.feedback,
                render: (signal) => feedbackLabel(signal.terugkoppeling),
              },
            ]}
          />
        )}
      </PagedResults>
    </div>
  );
}
