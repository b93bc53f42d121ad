// What to show when a list has nothing in it.
import type { ReactNode } from 'react';
import { Paragraph } from './Paragraph.tsx';

export function EmptyState({ children }: { children: ReactNode }) {
  return <Paragraph className="regie-empty">{children}</Paragraph>;
}
