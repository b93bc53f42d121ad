// What the form fields share: the ids that tie a description and an error message to the input (aria-describedby),
// the way those two are shown, and the label–messages–input layout of a labelled field (NL DS Utrecht form field).
import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** `${id}-description` and `${id}-error` when there is a description or error, and the aria-describedby naming them. */
export function fieldMessageIds(id: string, description: ReactNode, error: string | undefined) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return { descriptionId, errorId, describedBy };
}

export interface FieldMessagesProps {
  id: string;
  description?: ReactNode;
  error?: string;
  /** Class of the description: the form field's by default, the fieldset's in a group. */
  descriptionClassName?: string;
}

/** The description and the error message of a field, with the ids `fieldMessageIds` names. */
export function FieldMessages({
  id,
  description,
  error,
  descriptionClassName = 'utrecht-form-field__description',
}: FieldMessagesProps) {
  const { descriptionId, errorId } = fieldMessageIds(id, description, error);
  return (
    <>
      {description && (
        <FormFieldDescription id={descriptionId} className={descriptionClassName}>
          {description}
        </FormFieldDescription>
      )}
      {error && (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      )}
    </>
  );
}

export interface LabelledFieldProps {
  /** The input's id, which the label points at. */
  id: string;
  label: string;
  /** The form field type (e.g. "text", "select"). */
  type: string;
  description?: string;
  error?: string;
  /** The input itself; it should take `fieldMessageIds(...).describedBy` as aria-describedby. */
  children: ReactNode;
}

/** A form field with the label above, then description and error message, then the input. */
export function LabelledField({ id, label, type, description, error, children }: LabelledFieldProps) {
  return (
    <FormField type={type} invalid={Boolean(error)}>
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <FieldMessages id={id} description={description} error={error} />
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}
