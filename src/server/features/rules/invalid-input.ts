import { DomainError, type FieldError } from '../../http/errors.ts';

/** The Dutch title of every input error of the rules feature; the details name the field. */
export const INVALID_INPUT_TITLE = 'De invoer voor de berekening is niet goed';

/** A validation DomainError naming one or more fields, with a Dutch message per field. */
export function invalidInput(errors: FieldError[]): DomainError {
  return new DomainError('validation', INVALID_INPUT_TITLE, errors);
}

export function invalidField(path: string, message: string): DomainError {
  return invalidInput([{ path, message }]);
}
