// The thresholds per DDAS partner type: a minimum amount and a minimum number of signals; empty means none.
import type { Signaalpartner } from '../../../shared/ddas.ts';
import { SIGNAALPARTNERS } from '../../../shared/ddas.ts';
import { Fieldset, NumberField } from '../../components/index.ts';
import type { FieldErrors } from './formErrors.ts';
import type { ThresholdValues } from './signalForm.ts';
import { settingsTexts } from './texts.ts';

const m = settingsTexts.signals.thresholds;

export interface ThresholdsFieldsProps {
  values: Record<Signaalpartner, ThresholdValues>;
  onChange: (partner: Signaalpartner, values: ThresholdValues) => void;
  errors: FieldErrors;
  idOf: (path: string) => string;
}

export function ThresholdsFields({ values, onChange, errors, idOf }: ThresholdsFieldsProps) {
  return (
    <Fieldset id={idOf('thresholds')} legend={m.legend} description={m.description}>
      <div className="regie-settings-grid">
        {SIGNAALPARTNERS.map((partner) => (
          <Fieldset key={partner} legend={partner} className="regie-settings-threshold">
            <NumberField
              id={idOf(`thresholds.${partner}.minAmountEuros`)}
              label={m.minAmountEuros}
              value={values[partner].minAmountEuros}
              onChange={(v) => onChange(partner, { ...values[partner], minAmountEuros: v })}
              error={errors[`thresholds.${partner}.minAmountEuros`]}
            />
            <NumberField
              id={idOf(`thresholds.${partner}.minSignals`)}
              label={m.minSignals}
              value={values[partner].minSignals}
              onChange={(v) => onChange(partner, { ...values[partner], minSignals: v })}
              error={errors[`thresholds.${partner}.minSignals`]}
            />
          </Fieldset>
        ))}
      </div>
    </Fieldset>
  );
}
