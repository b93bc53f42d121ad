// The timeline of everything that happened to the household that the viewer may see, newest first.
import type { HouseholdOverview } from '../../api/board.ts';
import { EmptyState, Paragraph, RouterLink, Section } from '../../components/index.ts';
import { formatCalendarDate, formatMoment } from '../../i18n/format.ts';
import { overviewTexts as o, timelineKindLabels } from './overviewLabels.ts';
import { timelineTarget } from './timelineLink.ts';

type Event = HouseholdOverview['timeline'][number];

/** A date-only event ("2026-10-01") has no time to show. */
const when = (at: string) => (at.length === 10 ? formatCalendarDate(at) : formatMoment(at));

export function HouseholdTimeline({ events }: { events: Event[] }) {
  return (
    <Section title={o.timelineTitle}>
      <Paragraph>{o.timelineIntro}</Paragraph>
      {events.length === 0 ? (
        <EmptyState>{o.noTimeline}</EmptyState>
      ) : (
        <ol className="regie-timeline">
          {events.map((event) => (
            <TimelineEntry
              key={`${event.at}|${event.kind}|${event.title}|${event.detail ?? ''}`}
              event={event}
            />
          ))}
        </ol>
      )}
    </Section>
  );
}

function TimelineEntry({ event }: { event: Event }) {
  const target = timelineTarget(event.link);
  return (
    <li className={`regie-timeline__event regie-timeline__event--${event.kind}`}>
      <p className="regie-timeline__meta">
        <time dateTime={event.at}>{when(event.at)}</time> · {timelineKindLabels[event.kind]}
      </p>
      <p className="regie-timeline__title">
        {target ? (
          target.to === '/signalen/$signalId' ? (
            <RouterLink to={target.to} params={target.params}>
              {event.title}
            </RouterLink>
          ) : (
            <RouterLink to={target.to} params={target.params} search={target.search}>
              {event.title}
            </RouterLink>
          )
        ) : (
          event.title
        )}
      </p>
      {event.detail && <p className="regie-timeline__detail">{event.detail}</p>}
    </li>
  );
}
