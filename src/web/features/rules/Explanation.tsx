// The steps of a calculation as a numbered list: what was decided, why, and the article it rests on.
import type { UitlegStap } from '../../api/rules.ts';
import { OrderedList, OrderedListItem, Paragraph } from '../../components/index.ts';
import { t } from '../../i18n/index.ts';

export function Explanation({ steps }: { steps: UitlegStap[] }) {
  return (
    <OrderedList className="regie-rules-steps">
      {steps.map((step) => (
        <OrderedListItem key={step.nummer}>
          <Paragraph>
            <strong>{step.onderwerp}.</strong> {step.besluit}
          </Paragraph>
          <Paragraph>{step.reden}</Paragraph>
          <Paragraph small>
            {t.rules.result.stepArticle}: {step.artikel}
          </Paragraph>
        </OrderedListItem>
      ))}
    </OrderedList>
  );
}
