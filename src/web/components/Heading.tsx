// Headings (NL DS Utrecht). Pass the real document level; appearance may differ from the level.
import { Heading as UtrechtHeading } from '@utrecht/component-library-react';
import type { HTMLAttributes, Ref } from 'react';

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  level: 1 | 2 | 3 | 4;
  ref?: Ref<HTMLHeadingElement>;
}

export function Heading({ level, ref, ...props }: HeadingProps) {
  return <UtrechtHeading level={level} ref={ref} {...props} />;
}
