// A polite "loading" line for screen readers and sighted users alike.
import { t } from '../i18n/index.ts';
import { Paragraph } from './Paragraph.tsx';

export function Loading({ label = t.app.loading }: { label?: string }) {
  return (
    <Paragraph role="status" className="regie-loading">
      {label}
    </Paragraph>
  );
}
