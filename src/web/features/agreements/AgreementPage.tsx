// One prestatieafspraak (issue 7): the cycle with its dates, the parties, and the commitments per theme with their
// live status and comments. A party sees only its own organisation's commitments (the server decides; the page says
// so). Beleid moves the agreement through its cycle. No person's data: statuses are suppressed under 10.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import {
  Alert,
  DataList,
  EmptyState,
  ExternalLink,
  Heading,
  Paragraph,
  QueryState,
  RouterLink,
  Section,
  UnorderedList,
  UnorderedListItem,
} from '../../components/index.ts';
import { RoleGate } from '../shell/RoleGate.tsx';
import { usePageTitle } from '../shell/usePageTitle.ts';
import { AgreementCycle } from './AgreementCycle.tsx';
import { type Agreement, agreementPdfUrl, agreementQuery, agreementReportUrl } from './api.ts';
import { CommitmentCard } from './CommitmentCard.tsx';
import { byTheme } from './cycle.ts';
import { NewCommitmentForm } from './NewCommitmentForm.tsx';
import { PhaseControl } from './PhaseControl.tsx';
import { phaseName, agreementTexts as tx } from './texts.ts';
import './agreements.css';

const route = getRouteApi('/_app/afspraken/$agreementId');

export function AgreementPage() {
  return (
    <RoleGate page="agreements">
      <AgreementContent />
    </RoleGate>
  );
}

function AgreementContent() {
  const { agreementId } = route.useParams();
  const agreement = useQuery(agreementQuery(agreementId));
  usePageTitle(agreement.data?.title ?? tx.title);
  return (
    <>
      <Paragraph>
        <RouterLink to="/afspraken">{tx.back}</RouterLink>
      </Paragraph>
      <QueryState query={agreement} loadingLabel={tx.loading}>
        {(data) => <AgreementView agreement={data} />}
      </QueryState>
    </>
  );
}

function AgreementView({ agreement }: { agreement: Agreement }) {
  const f = tx.facts;
  const c = tx.commitments;
  return (
    <>
      <Heading level={1}>{agreement.title}</Heading>
      <DataList
        entries={[
          { key: 'municipality', label: f.municipality, value: agreement.municipality.name },
          { key: 'year', label: f.year, value: String(agreement.year) },
          { key: 'phase', label: f.phase, value: phaseName(agreement.phase) },
        ]}
      />
      <AgreementCycle agreement={agreement} />
      {agreement.canManage && <PhaseControl agreement={agreement} />}
      <Section title={tx.parties}>
        <UnorderedList>
          {agreement.parties.map((party) => (
            <UnorderedListItem key={party.id}>{party.name}</UnorderedListItem>
          ))}
        </UnorderedList>
      </Section>
      <Section title={c.title}>
        {agreement.ownOnly && (
          <Alert type="info" live="off">
            <Paragraph>{c.ownOnly}</Paragraph>
          </Alert>
        )}
        {agreement.commitments.length === 0 ? (
          <EmptyState>{c.none}</EmptyState>
        ) : (
          byTheme(agreement.commitments).map(([theme, items]) => (
            <Section key={theme} title={theme} level={3}>
              {items.map((commitment) => (
                <CommitmentCard key={commitment.id} agreementId={agreement.id} commitment={commitment} />
              ))}
            </Section>
          ))
        )}
        <Heading level={3}>{c.suppressionTitle}</Heading>
        <Paragraph>{agreement.suppression}</Paragraph>
        <UnorderedList>
          <UnorderedListItem>
            <ExternalLink href={agreementPdfUrl(agreement.id)} download>
              {c.reportPdf}
            </ExternalLink>
          </UnorderedListItem>
          <UnorderedListItem>
            <ExternalLink href={agreementReportUrl(agreement.id)} download>
              {c.report}
            </ExternalLink>
          </UnorderedListItem>
        </UnorderedList>
      </Section>
      {agreement.canManage && <NewCommitmentForm agreement={agreement} />}
    </>
  );
}
