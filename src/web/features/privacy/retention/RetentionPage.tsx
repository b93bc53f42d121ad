// "Bewaartermijnen" (FG, beheerder): the terms per category of the processing register, legal holds that stop
// destruction, and the record of every destruction run. Configuration and counts only: no resident data.
import { useQuery } from '@tanstack/react-query';
import { Heading, Paragraph, QueryState } from '../../../components/index.ts';
import { RoleGate } from '../../shell/RoleGate.tsx';
import { usePageTitle } from '../../shell/usePageTitle.ts';
import { holdsQuery, termsQuery } from './api.ts';
import { DestructionsSection } from './DestructionsSection.tsx';
import { LegalHoldsSection } from './LegalHoldsSection.tsx';
import { TermsSection } from './TermsSection.tsx';
import { retentionTexts as m } from './texts.ts';
import './retention.css';

export function RetentionPage() {
  return (
    <RoleGate page="retention">
      <RetentionContent />
    </RoleGate>
  );
}

function RetentionContent() {
  usePageTitle(m.title);
  const terms = useQuery(termsQuery());
  const holds = useQuery(holdsQuery());
  return (
    <div className="regie-retention">
      <Heading level={1}>{m.title}</Heading>
      {terms.data && <Paragraph>{m.municipality(terms.data.municipality.name)}</Paragraph>}
      <Paragraph lead>{m.intro}</Paragraph>
      <QueryState query={terms}>{(data) => <TermsSection data={data} />}</QueryState>
      <QueryState query={holds}>{(data) => <LegalHoldsSection holds={data.items} />}</QueryState>
      <DestructionsSection />
    </div>
  );
}
