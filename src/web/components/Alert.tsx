// A message block (NL DS Utrecht Alert): error, warning, info or ok.
import { Alert as UtrechtAlert } from '@utrecht/component-library-react';
import type { ReactNode, Ref } from 'react';

export interface AlertProps {
  type: 'error' | 'warning' | 'info' | 'ok';
  children: ReactNode;
  /** 'alert' interrupts a screen reader, 'status' waits; leave out for static text. */
  live?: 'alert' | 'status' | 'off';
  id?: string;
  tabIndex?: number;
  ref?: Ref<HTMLDivElement>;
  className?: string;
}

export function Alert({ type, children, live, id, tabIndex, ref, className }: AlertProps) {
  // Utrecht sets role="alert" on errors by default; 'off' gives a plain block (e.g. static warnings).
  const role = live === 'off' ? 'none' : (live ?? (type === 'error' ? 'alert' : 'status'));
  return (
    <UtrechtAlert type={type} role={role} id={id} tabIndex={tabIndex} ref={ref} className={className}>
      {children}
    </UtrechtAlert>
  );
}
