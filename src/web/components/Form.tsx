// A form with NL DS spacing. noValidate: we show our own Dutch messages instead of the browser's.
import type { FormEvent, ReactNode } from 'react';

export interface FormProps {
  onSubmit: () => void;
  children: ReactNode;
  label?: string;
  className?: string;
  role?: 'search';
}

export function Form({ onSubmit, children, label, className, role }: FormProps) {
  return (
    <form
      className={['utrecht-form', 'regie-form', className].filter(Boolean).join(' ')}
      noValidate
      role={role}
      aria-label={label}
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
