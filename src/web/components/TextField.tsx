// A labelled text input with description and error message (NL DS Utrecht form field).
// The input gets the given id, so an error summary can link to it.
import { Textbox } from '@utrecht/component-library-react';
import type { ChangeEvent, Ref } from 'react';
import { fieldMessageIds, LabelledField } from './FieldParts.tsx';

export interface TextFieldProps {
  id: string;
  name?: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password' | 'search' | 'date' | 'email';
  description?: string;
  error?: string;
  autoComplete?: string;
  required?: boolean;
  disabled?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  spellCheck?: boolean;
  autoCapitalize?: string;
}

export function TextField({
  id,
  name,
  label,
  value,
  onChange,
  type = 'text',
  description,
  error,
  autoComplete,
  required,
  disabled,
  inputRef,
  spellCheck,
  autoCapitalize,
}: TextFieldProps) {
  const { describedBy } = fieldMessageIds(id, description, error);
  return (
    <LabelledField id={id} label={label} type="text" description={description} error={error}>
      <Textbox
        ref={inputRef}
        id={id}
        name={name ?? id}
        type={type}
        value={value}
        onChange={(event: ChangeEvent<HTMLInputElement>) => onChange(event.target.value)}
        invalid={Boolean(error)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        autoComplete={autoComplete}
        required={required}
        aria-required={required ? true : undefined}
        disabled={disabled}
        spellCheck={spellCheck}
        autoCapitalize={autoCapitalize}
      />
    </LabelledField>
  );
}
