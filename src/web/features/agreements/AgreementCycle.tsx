// The yearly cycle (bod → overleg → vaststelling → monitoring → evaluatie) as an ordered list. Where the agreement
// stands is said in words on every step (not by colour), with the planned date and the date it was reached;
// below it, each change with its note (a step back always has one).
import {
  OrderedList,
  OrderedListItem,
  Paragraph,
  Section,
  UnorderedList,
  UnorderedListItem,
} from '../../components/index.ts';
import { formatCalendarDate } from '../../i18n/format.ts';
import type { Agreement } from './api.ts';
import { cycleSteps, type StepState } from './cycle.ts';
import { phaseName, agreementTexts as tx } from './texts.ts';

const c = tx.cycle;
const STATE_TEXT: Record<StepState, string> = { done: c.done, current: c.current, next: c.next };

export function AgreementCycle({ agreement }: { agreement: Agreement }) {
  const steps = cycleSteps(agreement);
  return (
    <Section title={c.title}>
      <Paragraph>{c.intro}</Paragraph>
      <OrderedList className="regie-agreement-cycle">
        {steps.map((step) => (
          <OrderedListItem
            key={step.phase}
            className={`regie-agreement-cycle__step regie-agreement-cycle__step--${step.state}`}
          >
            <span className="regie-agreement-cycle__name">{phaseName(step.phase)}</span>
            {' – '}
            <strong>{STATE_TEXT[step.state]}</strong>
            <br />
            {step.planned ? c.planned(step.planned) : c.notPlanned}
            {step.reached && (
              <>
                <br />
                {c.reached(step.reached)}
              </>
            )}
          </OrderedListItem>
        ))}
      </OrderedList>
      {agreement.phaseChanges.length > 0 && (
        <details className="regie-agreement-history">
          <summary>{c.history}</summary>
          <UnorderedList>
            {agreement.phaseChanges.map((change, index) => (
              // Changes have no id of their own; their order never changes.
              // biome-ignore lint/suspicious/noArrayIndexKey: append-only history in a fixed order
              <UnorderedListItem key={index}>
                {c.historyLine(
                  formatCalendarDate(change.on),
                  change.from ? phaseName(change.from) : null,
                  phaseName(change.to),
                )}
                {change.by ? ` ${c.by(change.by)}` : ''}
                {change.note ? `. ${change.note}` : ''}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </details>
      )}
    </Section>
  );
}
