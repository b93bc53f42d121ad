import { calculateBijstandsnorm } from './bijstandsnorm.ts';
import { parseInput } from './parse-input.ts';
import { defaultRuleParameters, type RuleParameters } from './rule-parameters.ts';
import {
  BijstandsnormInvoerSchema,
  type BijstandsnormResultaat,
  WatAlsInvoerSchema,
  type WatAlsResultaat,
} from './rules.schemas.ts';
import { calculateWhatIf } from './what-if.ts';

/**
 * Use cases of the rules feature, shared by the CLI, the API route and the calculator page so that all three give
 * the same answer. Input is untrusted JSON; bad input throws a validation DomainError with Dutch messages per field.
 */
export function bijstandsnormBerekenen(
  raw: unknown,
  params: RuleParameters = defaultRuleParameters(),
): BijstandsnormResultaat {
  return calculateBijstandsnorm(parseInput(BijstandsnormInvoerSchema, raw), params);
}

export function watAlsBerekenen(
  raw: unknown,
  params: RuleParameters = defaultRuleParameters(),
): WatAlsResultaat {
  const input = parseInput(WatAlsInvoerSchema, raw);
  return calculateWhatIf(input.huishouden, input.wijziging, params);
}
