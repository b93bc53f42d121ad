// One commitment: who made it, on which indicator, the target, the part of the municipality, where it stands now
// (computed by Regie from the live indicator, or "Vervallen" with the day and the reason), what changed since it was
// made, "Wijzigen" / "Laten vervallen" for the managing beleidsmedewerker, and the comments, with a form where the
// viewer may add one.
import { DataList, Heading, Paragraph, UnorderedList, UnorderedListItem } from '../../components/index.ts';
import { formatCalendarDate, formatMoment } from '../../i18n/format.ts';
import { AmendCommitment } from './AmendCommitment.tsx';
import type { Commitment } from './api.ts';
import { CommentForm } from './CommentForm.tsx';
import { CommitmentChanges } from './CommitmentChanges.tsx';
import { breakdownText, statusText, targetText } from './cycle.ts';
import { SuppliedFigures } from './FigureForm.tsx';
import { agreementTexts as tx } from './texts.ts';

const t = tx.commitments;

export function CommitmentCard({ agreementId, commitment }: { agreementId: string; commitment: Commitment }) {
  const headingId = `toezegging-${commitment.id}`;
  const c = commitment;
  return (
    <article aria-labelledby={headingId} className="regie-agreement-commitment">
      <Heading level={4} id={headingId}>
        {c.description}
      </Heading>
      <DataList
        entries={[
          { key: 'owner', label: t.owner, value: c.owner.name },
          { key: 'indicator', label: t.indicator, value: `${c.indicator.title}: ${c.indicator.measure}` },
          { key: 'target', label: t.target, value: targetText(c) },
          { key: 'breakdown', label: t.breakdown, value: breakdownText(c) },
          { key: 'source', label: t.suppliedBy, value: c.source === 'partij' ? t.supplied : t.computed },
          {
            key: 'status',
            label: t.status,
            value: (
              <span className={`regie-agreement-status regie-agreement-status--${c.status.state}`}>
                {statusText(c)}
              </span>
            ),
          },
        ]}
      />
      {c.withdrawnOn && (
        <Paragraph className="regie-agreement-withdrawn">
          <strong>
            {tx.amend.withdrawnLine(formatCalendarDate(c.withdrawnOn), c.withdrawnReason ?? '')}
          </strong>
        </Paragraph>
      )}
      <CommitmentChanges commitment={c} />
      {c.canAmend && <AmendCommitment agreementId={agreementId} commitment={c} />}
      {c.source === 'partij' && <SuppliedFigures agreementId={agreementId} commitment={c} />}
      <div className="regie-agreement-comments">
        <Paragraph>
          <strong>{tx.comments.title}</strong>
        </Paragraph>
        {c.comments.length === 0 ? (
          <Paragraph>{tx.comments.none}</Paragraph>
        ) : (
          <UnorderedList className="regie-agreement-comments__list">
            {c.comments.map((comment) => (
              <UnorderedListItem key={comment.id}>
                <Paragraph small>
                  {tx.comments.meta(comment.organisation, comment.author, formatMoment(comment.createdAt))}
                </Paragraph>
                <Paragraph className="regie-agreement-comments__body">{comment.body}</Paragraph>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        )}
        {c.canComment ? <CommentForm agreementId={agreementId} commitmentId={c.id} /> : null}
      </div>
    </article>
  );
}
