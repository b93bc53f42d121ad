// A titled part of a page: a <section> named by its heading.
import { type ReactNode, useId } from 'react';
import { Heading } from './Heading.tsx';

export interface SectionProps {
  title: string;
  level?: 2 | 3;
  children: ReactNode;
  className?: string;
}

export function Section({ title, level = 2, children, className }: SectionProps) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={className ?? 'regie-section'}>
      <Heading level={level} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
