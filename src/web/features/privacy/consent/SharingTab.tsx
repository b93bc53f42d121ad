// The case tab "Delen en toestemming": what sharing across laws means, the consents per household member, and the
// case's shares per law. The share form offers the active consents from the same (audited) consent read.
import { useQuery } from '@tanstack/react-query';
import type { CaseDetail } from '../../../api/cases.ts';
import { Paragraph, Section } from '../../../components/index.ts';
import { todayInAmsterdam } from '../../rules/householdForm.ts';
import { caseConsentsQuery } from './api.ts';
import { ConsentsSection } from './ConsentsSection.tsx';
import { SharesSection } from './SharesSection.tsx';
import { consentTexts as m } from './texts.ts';
import './consent.css';

export function SharingTab({ detail }: { detail: CaseDetail }) {
  const today = todayInAmsterdam();
  const closed = detail.closedOn !== null || detail.phase === 'afgesloten';
  // The same query as the consents section: one read, shared through the query cache.
  const consents = useQuery(caseConsentsQuery(detail.id));
  const canManage = detail.viewer.isRegisseur || detail.viewer.canAssign;
  return (
    <div className="regie-stack regie-consent-tab">
      <Paragraph>{m.intro}</Paragraph>
      <Section title={m.consents.title} level={3}>
        <Paragraph>{m.consents.intro}</Paragraph>
        <ConsentsSection
          caseId={detail.id}
          municipalityCode={detail.municipalityCode}
          today={today}
          closed={closed}
        />
      </Section>
      <Section title={m.shares.title} level={3}>
        <Paragraph>{m.shares.intro}</Paragraph>
        <SharesSection caseId={detail.id} members={consents.data} canManage={canManage} closed={closed} />
      </Section>
    </div>
  );
}
