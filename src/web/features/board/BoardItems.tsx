// The board's items, grouped per kind: what is wrong, what to do, and links to the household, case or signal.
import type { Board, BoardItem, BoardKind } from '../../api/board.ts';
import { boardKinds } from '../../api/board.ts';
import {
  EmptyState,
  Heading,
  Paragraph,
  RouterLink,
  Section,
  VisuallyHidden,
} from '../../components/index.ts';
import { formatCalendarDate } from '../../i18n/format.ts';
import { boardKindDescriptions, boardKindLabels, boardTexts } from './labels.ts';

export function BoardItems({ board, kind }: { board: Board; kind?: BoardKind }) {
  const kinds = kind ? [kind] : boardKinds.filter((k) => (board.counts[k] ?? 0) > 0);
  if (kinds.length === 0) {
    return (
      <Section title={boardTexts.items}>
        <EmptyState>{boardTexts.nothing}</EmptyState>
      </Section>
    );
  }
  return (
    <>
      {kinds.map((k) => {
        const items = board.items.filter((item) => item.kind === k);
        const total = board.counts[k] ?? 0;
        return (
          <Section key={k} title={`${boardKindLabels[k]} (${total})`}>
            <Paragraph>{boardKindDescriptions[k]}</Paragraph>
            {items.length === 0 ? (
              <EmptyState>{boardTexts.nothingOfKind}</EmptyState>
            ) : (
              <>
                {items.length < total && (
                  <Paragraph small>{boardTexts.firstOf(items.length, total)}</Paragraph>
                )}
                <ul className="regie-board__list">
                  {items.map((item) => (
                    <BoardCard
                      key={`${item.kind}:${item.signalId ?? ''}:${item.caseId ?? ''}:${item.householdId ?? ''}:${item.title}`}
                      item={item}
                    />
                  ))}
                </ul>
              </>
            )}
          </Section>
        );
      })}
    </>
  );
}

function BoardCard({ item }: { item: BoardItem }) {
  return (
    <li className="regie-board__item">
      <Heading level={3}>{item.title}</Heading>
      <Paragraph>{item.addressLine ?? boardTexts.noAddress}</Paragraph>
      <dl className="regie-board__facts">
        <div>
          <dt>{boardTexts.todo}</dt>
          <dd>{item.todo}</dd>
        </div>
        {item.dueOn && (
          <div>
            <dt>{boardTexts.due}</dt>
            <dd>{formatCalendarDate(item.dueOn)}</dd>
          </div>
        )}
        {item.team && (
          <div>
            <dt>{boardTexts.teamLabel}</dt>
            <dd>{item.team.name}</dd>
          </div>
        )}
      </dl>
      <ul className="regie-board__links">
        {item.householdId && (
          <li>
            <RouterLink to="/huishoudens/$householdId" params={{ householdId: item.householdId }}>
              {boardTexts.household}
              {item.addressLine && <VisuallyHidden>{`: ${item.addressLine}`}</VisuallyHidden>}
            </RouterLink>
          </li>
        )}
        {item.caseId && (
          <li>
            <RouterLink to="/casussen/$caseId" params={{ caseId: item.caseId }}>
              {boardTexts.openCase}
            </RouterLink>
          </li>
        )}
        {item.signalId && (
          <li>
            <RouterLink to="/signalen/$signalId" params={{ signalId: item.signalId }}>
              {boardTexts.openSignal}
            </RouterLink>
          </li>
        )}
      </ul>
    </li>
  );
}
