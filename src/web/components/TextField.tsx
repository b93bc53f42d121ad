// A labelled text input with description and error message (NL DS Utrecht form field).
// The input gets the given id, so an error summary can link to it.
import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Textbox,
} from '@utrecht/component-library-react';
import type { ChangeEvent, Ref } from 'react';

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
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <FormField type="text" invalid={Boolean(error)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      {description && (
        <FormFieldDescription id={descriptionId} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      )}
      {error && (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">
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
      </div>
    </FormField>
  );
}
