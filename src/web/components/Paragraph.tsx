// Body text (NL DS Utrecht Paragraph).
import { Paragraph as UtrechtParagraph } from '@utrecht/component-library-react';
import type { HTMLAttributes } from 'react';

export interface ParagraphProps extends HTMLAttributes<HTMLParagraphElement> {
  lead?: boolean;
  small?: boolean;
}

export function Paragraph({ lead, small, ...props }: ParagraphProps) {
  const appearance = lead ? 'lead' : small ? 'small' : undefined;
  return <UtrechtParagraph appearance={appearance} {...props} />;
}
