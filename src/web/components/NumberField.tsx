// A labelled input for a whole number (NL DS Utrecht Textbox with a numeric keyboard on phones).
// A text input with inputMode, not type="number": no spinner, no scroll-wheel changes, and our own Dutch checks.
import { Textbox } from '@utrecht/component-library-react';
import type { ChangeEvent } from 'react';
import { fieldMessageIds, LabelledField } from './FieldParts.tsx';

export interface NumberFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  description?: string;
  error?: string;
  required?: boolean;
}

export function NumberField({ id, label, value, onChange, description, error, required }: NumberFieldProps) {
  const { describedBy } = fieldMessageIds(id, description, error);
  return (
    <LabelledField id={id} label={label} type="text" description={description} error={error}>
      <Textbox
        id={id}
        name={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        className="regie-number-field"
        value={value}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        invalid={Boolean(error)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        required={required}
        aria-required={required ? true : undefined}
      />
    </LabelledField>
  );
}
