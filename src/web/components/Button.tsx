// Buttons (NL DS Utrecht). Appearance names are ours, so a swap of library only touches this file.
import { Button as UtrechtButton, ButtonGroup as UtrechtButtonGroup } from '@utrecht/component-library-react';
import type { ButtonHTMLAttributes, HTMLAttributes, ReactNode, Ref } from 'react';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: 'primary' | 'secondary' | 'subtle';
  danger?: boolean;
  busy?: boolean;
  ref?: Ref<HTMLButtonElement>;
}

const APPEARANCE = {
  primary: 'primary-action-button',
  secondary: 'secondary-action-button',
  subtle: 'subtle-button',
} as const;

export function Button({ variant = 'secondary', danger, busy, type = 'button', ref, ...props }: ButtonProps) {
  return (
    <UtrechtButton
      ref={ref}
      type={type}
      appearance={APPEARANCE[variant]}
      hint={danger ? 'danger' : undefined}
      busy={busy}
      {...props}
    />
  );
}

export function ButtonGroup({
  children,
  ...props
}: HTMLAttributes<HTMLParagraphElement> & { children: ReactNode }) {
  return <UtrechtButtonGroup {...props}>{children}</UtrechtButtonGroup>;
}
