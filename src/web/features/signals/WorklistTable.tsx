// A page of the worklist as a table (rows become readable blocks on a phone). Crisis, high urgency and an overdue
// deadline are written out, not shown by colour alone. Each signal links to its detail page.
import type { WerklijstAdres, WerklijstSignaal } from '../../api/signals.ts';
import { DataTable, RouterLink, VisuallyHidden } from '../../components/index.ts';
import { formatCalendarDate, formatEuro, formatStreetLine } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { todayInAmsterdam } from '../rules/householdForm.ts';
import { isOverdue, matchStatusLabel } from './labels.ts';

const w = t.signals.worklist;

/** "Dorpsstraat 12a, 1234AB"; without a street (as a partner sent it) "1234AB 12a". */
export function addressText(adres: WerklijstAdres | string | null | undefined): string {
  if (!adres) return '';
  if (typeof adres === 'string') return adres;
  if (!adres.straat) return [adres.postcode, formatStreetLine(adres)].filter(Boolean).join(' ');
  return [formatStreetLine(adres), adres.postcode].filter(Boolean).join(', ');
}

/** The calendar day (Europe/Amsterdam) of a moment, as DD-MM-YYYY. */
export function receivedDay(moment: string): string {
  const date = new Date(moment);
  return Number.isNaN(date.getTime()) ? moment : formatCalendarDate(todayInAmsterdam(date));
}

export function Tag({ children }: { children: string }) {
  return <strong className="regie-signal-tag">{children}</strong>;
}

export interface WorklistTableProps {
  signals: WerklijstSignaal[];
  busy?: boolean;
}

export function WorklistTable({ signals, busy }: WorklistTableProps) {
  const today = todayInAmsterdam();
  return (
    <DataTable<WerklijstSignaal>
      caption={w.caption}
      captionHidden
      stacked
      busy={busy}
      rows={signals}
      rowKey={(signal) => signal.id}
      columns={[
        {
          key: 'signal',
          header: w.kind,
          rowHeader: true,
          render: (signal) => (
            <>
              <RouterLink to="/signalen/$signalId" params={{ signalId: signal.id }}>
                {signal.categorieLabel}
                {/* Many rows have the same category: the date tells the links apart for screen readers. */}
                <VisuallyHidden>{w.linkContext(receivedDay(signal.ontvangenOp))}</VisuallyHidden>
              </RouterLink>{' '}
              {signal.crisis && <Tag>{w.crisis}</Tag>}
              {signal.urgentie === 'hoog' && <Tag>{w.urgent}</Tag>}
            </>
          ),
        },
        { key: 'received', header: w.received, render: (signal) => receivedDay(signal.ontvangenOp) },
        {
          key: 'household',
          header: w.household,
          render: (signal) =>
            signal.huishouden ? addressText(signal.huishouden.adres) : matchStatusLabel(signal.matchStatus),
        },
        {
          key: 'wijk',
          header: t.signals.worklist.wijk,
          render: (signal) => signal.wijkNaam ?? signal.wijkCode ?? t.common.unknown,
        },
        {
          key: 'amount',
          header: w.amount,
          numeric: true,
          render: (signal) => (signal.bedrag === null ? '' : formatEuro(signal.bedrag * 100)),
        },
        {
          key: 'deadline',
          header: w.deadline,
          render: (signal) =>
            signal.deadline ? (
              <>
                {formatCalendarDate(signal.deadline)}{' '}
                {isOverdue(signal.deadline, signal.status, today) && <Tag>{w.overdue}</Tag>}
              </>
            ) : (
              w.noDeadline
            ),
        },
        { key: 'status', header: w.status, render: (signal) => signal.status },
      ]}
    />
  );
}
