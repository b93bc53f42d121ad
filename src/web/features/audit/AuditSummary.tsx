// Start page section for the FG: the most recent entries of the audit log.
import { useQuery } from '@tanstack/react-query';
import { auditQuery } from '../../api/audit.ts';
import { EmptyState, Paragraph, QueryState, RouterLink, Section } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import { AuditTable } from './AuditTable.tsx';

export function AuditSummary() {
  const query = useQuery(auditQuery({ page: 1, pageSize: 10 }));
  return (
    <Section title={t.audit.startTitle}>
      <Paragraph>{t.audit.intro}</Paragraph>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState>{t.audit.empty}</EmptyState>
          ) : (
            <>
              <AuditTable entries={data.items} caption={t.audit.startTitle} captionHidden />
              <Paragraph>
                <RouterLink to="/logboek">{t.audit.viewAll}</RouterLink>
              </Paragraph>
            </>
          )
        }
      </QueryState>
    </Section>
  );
}
