// The questions of the signal form, in the order a partner answers them on a phone: where, who, what, how urgent,
// and what the resident knows. Presentational: the values and errors come from SignalForm.
import type { SignaalCategorie } from '../../api/signals.ts';
import type { Municipality } from '../../api/types.ts';
import {
  CheckboxField,
  Fieldset,
  NumberField,
  Paragraph,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/index.ts';
import { t } from '../../i18n/index.ts';
import {
  asksForDebt,
  categoryOf,
  SIGNAL_FIELD_IDS as IDS,
  type JaNee,
  type SignalFormErrors,
  type SignalFormValues,
} from './signalForm.ts';

const f = t.signals.form;

/** Radio buttons for a handful of choices (easier to tap), a select for more. */
const MAX_RADIO_MUNICIPALITIES = 5;

export interface SignalFormFieldsProps {
  values: SignalFormValues;
  errors: SignalFormErrors;
  onChange: <K extends keyof SignalFormValues>(field: K, value: SignalFormValues[K]) => void;
  /** Shown only when the user's organisation works in more than one municipality. */
  municipalities: Municipality[];
  categories: SignaalCategorie[] | undefined;
  categoriesPending: boolean;
}

const yesNo = [
  { value: 'ja', label: f.yes },
  { value: 'nee', label: f.no },
];

export function SignalFormFields({
  values,
  errors,
  onChange,
  municipalities,
  categories,
  categoriesPending,
}: SignalFormFieldsProps) {
  const category = categoryOf(categories ?? [], values.categorie);
  return (
    <>
      {municipalities.length > 1 &&
        (municipalities.length <= MAX_RADIO_MUNICIPALITIES ? (
          <RadioGroup
            id={IDS.gemeente}
            legend={f.municipality}
            value={values.gemeente}
            options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
            onChange={(value) => onChange('gemeente', value)}
            error={errors.gemeente}
          />
        ) : (
          <SelectField
            id={IDS.gemeente}
            label={f.municipality}
            value={values.gemeente}
            options={municipalities.map((m) => ({ value: m.code, label: m.name }))}
            emptyOption={f.chooseMunicipality}
            onChange={(value) => onChange('gemeente', value)}
            error={errors.gemeente}
            required
          />
        ))}

      <Fieldset id="signaal-wie" legend={f.whoLegend} description={f.whoDescription}>
        <NumberField
          id={IDS.bsn}
          label={f.bsn}
          description={f.bsnDescription}
          value={values.bsn}
          onChange={(value) => onChange('bsn', value)}
          error={errors.bsn}
        />
        <TextField
          id={IDS.naam}
          label={f.naam}
          value={values.naam}
          onChange={(value) => onChange('naam', value)}
          error={errors.naam}
          autoComplete="off"
          spellCheck={false}
        />
        <TextField
          id={IDS.geboortedatum}
          type="date"
          label={f.geboortedatum}
          value={values.geboortedatum}
          onChange={(value) => onChange('geboortedatum', value)}
          error={errors.geboortedatum}
        />
      </Fieldset>

      <Fieldset legend={f.addressLegend} className="regie-signal-address">
        <div className="regie-form-row">
          <TextField
            id={IDS.postcode}
            label={f.postcode}
            description={f.postcodeDescription}
            value={values.postcode}
            onChange={(value) => onChange('postcode', value)}
            error={errors.postcode}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
          />
          <NumberField
            id={IDS.huisnummer}
            label={f.huisnummer}
            value={values.huisnummer}
            onChange={(value) => onChange('huisnummer', value)}
            error={errors.huisnummer}
          />
        </div>
        <div className="regie-form-row">
          <TextField
            id={IDS.huisletter}
            label={f.huisletter}
            value={values.huisletter}
            onChange={(value) => onChange('huisletter', value)}
            error={errors.huisletter}
            autoComplete="off"
            spellCheck={false}
          />
          <TextField
            id={IDS.toevoeging}
            label={f.toevoeging}
            value={values.toevoeging}
            onChange={(value) => onChange('toevoeging', value)}
            error={errors.toevoeging}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      </Fieldset>

      {categories && categories.length > 0 ? (
        <RadioGroup
          id={IDS.categorie}
          legend={f.category}
          value={values.categorie}
          options={categories.map((c) => ({ value: c.code, label: c.label }))}
          onChange={(value) => onChange('categorie', value)}
          error={errors.categorie}
        />
      ) : (
        !categoriesPending && (
          <Fieldset legend={f.category}>
            <Paragraph id={IDS.categorie} tabIndex={-1}>
              {f.chooseMunicipalityFirst}
            </Paragraph>
          </Fieldset>
        )
      )}

      {asksForDebt(category) && (
        <>
          <NumberField
            id={IDS.bedrag}
            label={f.bedrag}
            description={f.bedragDescription}
            value={values.bedrag}
            onChange={(value) => onChange('bedrag', value)}
            error={errors.bedrag}
          />
          <TextField
            id={IDS.ontstaansdatum}
            type="date"
            label={f.ontstaansdatum}
            value={values.ontstaansdatum}
            onChange={(value) => onChange('ontstaansdatum', value)}
            error={errors.ontstaansdatum}
          />
        </>
      )}

      <RadioGroup
        id={IDS.urgentie}
        legend={f.urgency}
        value={values.urgentie}
        options={[
          { value: 'normaal', label: f.urgencyOptions.normaal },
          { value: 'hoog', label: f.urgencyOptions.hoog },
        ]}
        onChange={(value) => onChange('urgentie', value === 'hoog' ? 'hoog' : 'normaal')}
        error={errors.urgentie}
      />
      {category?.crisis ? (
        <CheckboxField
          id={IDS.crisis}
          label={f.crisis}
          description={f.crisisByCategory}
          checked
          disabled
          onChange={() => {}}
        />
      ) : (
        <CheckboxField
          id={IDS.crisis}
          label={f.crisis}
          description={f.crisisDescription}
          checked={values.crisis}
          onChange={(checked) => onChange('crisis', checked)}
          error={errors.crisis}
        />
      )}

      <TextAreaField
        id={IDS.omschrijving}
        label={f.omschrijving}
        description={f.omschrijvingDescription}
        value={values.omschrijving}
        onChange={(value) => onChange('omschrijving', value)}
        error={errors.omschrijving}
      />

      <RadioGroup
        id={IDS.bewonerGeinformeerd}
        legend={f.residentKnows}
        value={values.bewonerGeinformeerd}
        options={yesNo}
        onChange={(value) => onChange('bewonerGeinformeerd', value as JaNee)}
        error={errors.bewonerGeinformeerd}
      />
      {values.bewonerGeinformeerd === 'ja' && (
        <RadioGroup
          id={IDS.bewonerStemtIn}
          legend={f.residentAgrees}
          value={values.bewonerStemtIn}
          options={yesNo}
          onChange={(value) => onChange('bewonerStemtIn', value as JaNee)}
          error={errors.bewonerStemtIn}
        />
      )}

      <TextField
        id={IDS.partnerReferentie}
        label={f.kenmerk}
        description={f.kenmerkDescription}
        value={values.partnerReferentie}
        onChange={(value) => onChange('partnerReferentie', value)}
        error={errors.partnerReferentie}
        autoComplete="off"
      />
    </>
  );
}
