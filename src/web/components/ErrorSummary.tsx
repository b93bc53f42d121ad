// Error summary at the top of a form: lists every problem and links to the field it belongs to.
// It takes focus when it appears, so keyboard and screen reader users hear what went wrong.
import { UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { type MouseEvent, useEffect, useRef } from 'react';
import { t } from '../i18n/index.ts';
import { Alert } from './Alert.tsx';
import { Heading } from './Heading.tsx';

export interface SummaryItem {
  message: string;
  /** id of the input to link to; without it the message is shown as text. */
  fieldId?: string;
}

export interface ErrorSummaryProps {
  items: SummaryItem[];
  /** Changes each time the form is submitted, so focus moves back to the summary. */
  focusKey?: number;
  headingLevel?: 2 | 3;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  field.scrollIntoView({ block: 'center' });
  field.focus();
}

export function ErrorSummary({ items, focusKey, headingLevel = 2 }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus again on each submit (focusKey)
  useEffect(() => {
    if (items.length > 0) ref.current?.focus();
  }, [items.length, focusKey]);

  if (items.length === 0) return null;
  return (
    <Alert type="error" live="off" tabIndex={-1} ref={ref} className="regie-error-summary">
      <Heading level={headingLevel}>{t.errorSummary.title}</Heading>
      <UnorderedList>
        {items.map((item) => (
          <UnorderedListItem key={`${item.fieldId ?? ''}:${item.message}`}>
            {item.fieldId ? (
              <a
                className="utrecht-link"
                href={`#${item.fieldId}`}
                onClick={(event) => focusField(event, item.fieldId as string)}
              >
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </UnorderedListItem>
        ))}
      </UnorderedList>
    </Alert>
  );
}
