// "Wat is er veranderd" under a commitment: each change after it was made (renegotiated or lapsed), with the day,
// who made it, the old and new target where it moved, the old theme or description where those changed, and the
// reason. Closed by default: the card stays short; the history is one click (or Enter) away.
import { UnorderedList, UnorderedListItem } from '../../components/index.ts';
import { formatCalendarDate } from '../../i18n/format.ts';
import type { Commitment } from './api.ts';
import { targetText } from './cycle.ts';
import { agreementTexts as tx } from './texts.ts';

const t = tx.amend;

export function CommitmentChanges({ commitment: c }: { commitment: Commitment }) {
  if (c.changes.length === 0) return null;
  return (
    <details className="regie-agreement-history">
      <summary>{t.history}</summary>
      <UnorderedList>
        {c.changes.map((change, index) => {
          const from = targetText({ ...change.previous, indicator: c.indicator });
          const to = targetText({ ...change.next, indicator: c.indicator });
          const parts = [
            `${t.historyLine(formatCalendarDate(change.on), t.kinds[change.kind], change.by, change.organisation)}.`,
            change.previous.theme !== change.next.theme ? t.themeWas(change.previous.theme) : '',
            change.previous.description !== change.next.description
              ? t.descriptionWas(change.previous.description)
              : '',
            from !== to ? t.targetChange(from, to) : '',
            t.reasonLine(change.reason),
          ];
          return (
            // Changes are numbered in order by the server and never removed: the position is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: append-only history in a fixed order
            <UnorderedListItem key={index}>{parts.filter(Boolean).join(' ')}</UnorderedListItem>
          );
        })}
      </UnorderedList>
    </details>
  );
}
