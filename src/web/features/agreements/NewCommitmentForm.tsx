// "Toezegging toevoegen" (beleid, when the agreement is theirs to manage): theme, owning party, description, then
// the figure: an indicator and its measure from the catalogue (optionally for one wijk, kind of organisation or
// team), or a figure the party supplies itself per month or half-year; then target and direction. A confirm step
// first, because the party sees the commitment at once; the server's field errors are shown at the fields.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Alert,
  Button,
  ButtonGroup,
  Form,
  NumberField,
  Paragraph,
  QueryState,
  RadioGroup,
  Section,
  SelectField,
  TextAreaField,
  TextField,
} from '../../components/index.ts';
import { organisationKindLabel } from '../../i18n/index.ts';
import { type IndicatorCatalogue, indicatorCatalogueQuery } from '../indicators/api.ts';
import {
  type Agreement,
  type AgreementOptions,
  addCommitment,
  agreementListQuery,
  agreementOptionsQuery,
  agreementQuery,
} from './api.ts';
import { ConfirmStep } from './ConfirmStep.tsx';
import { formatValue } from './cycle.ts';
import { FormProblems } from './FormProblems.tsx';
import { parseNumber } from './form-errors.ts';
import { agreementTexts as tx } from './texts.ts';
import { useFormProblems } from './useFormProblems.ts';

const t = tx.newCommitment;
const ID: Record<string, string> = {
  theme: 'toezegging-thema',
  ownerOrganisationId: 'toezegging-partij',
  description: 'toezegging-beschrijving',
  source: 'toezegging-bron',
  indicatorCode: 'toezegging-indicator',
  measureKey: 'toezegging-onderdeel',
  breakdown: 'toezegging-verdeling',
  periodType: 'toezegging-periode',
  target: 'toezegging-doel',
  direction: 'toezegging-richting',
};

export function NewCommitmentForm({ agreement }: { agreement: Agreement }) {
  const catalogue = useQuery(indicatorCatalogueQuery);
  const options = useQuery(agreementOptionsQuery);
  return (
    <Section title={t.title}>
      <Paragraph>{t.intro}</Paragraph>
      <QueryState query={catalogue} loadingLabel={t.loading}>
        {(indicators) => (
          <QueryState query={options} loadingLabel={t.loading}>
            {(data) => <CommitmentFields agreement={agreement} catalogue={indicators} options={data} />}
          </QueryState>
        )}
      </QueryState>
    </Section>
  );
}

/** The version of each indicator in force today (the newest that has started). */
function currentVersions(catalogue: IndicatorCatalogue) {
  const today = new Date().toISOString().slice(0, 10);
  return catalogue.items.flatMap((item) => {
    const version = [...item.versions].reverse().find((v) => v.validFrom <= today) ?? item.versions[0];
    return version ? [{ code: item.code, ...version }] : [];
  });
}

function CommitmentFields({
  agreement,
  catalogue,
  options,
}: {
  agreement: Agreement;
  catalogue: IndicatorCatalogue;
  options: AgreementOptions;
}) {
  const queryClient = useQueryClient();
  const indicators = currentVersions(catalogue);
  const municipality = options.municipalities.find((m) => m.code === agreement.municipality.code);
  const empty = {
    theme: '',
    owner: '',
    description: '',
    source: 'indicator' as 'indicator' | 'partij',
    indicator: '',
    measure: '',
    breakdownKind: '',
    breakdownCode: '',
    figure: '',
    periodType: 'maand' as 'maand' | 'halfjaar',
    target: '',
    direction: 'minimaal' as 'minimaal' | 'maximaal',
  };
  const [v, setV] = useState(empty);
  const set = <K extends keyof typeof empty>(key: K, value: (typeof empty)[K]) =>
    setV((old) => ({ ...old, [key]: value }));
  const [saved, setSaved] = useState(false);
  const { errors, general, confirming, setConfirming, attempt, refused, accepted } = useFormProblems(
    Object.keys(ID),
  );

  const indicator = indicators.find((i) => i.code === v.indicator);
  const measure = indicator?.measures.find((m) => m.key === v.measure);
  const breakdownValues =
    v.breakdownKind === 'wijk'
      ? (municipality?.wijken ?? []).map((w) => ({ value: w.code, label: w.name }))
      : v.breakdownKind === 'team'
        ? (municipality?.teams ?? []).map((team) => ({ value: team.code, label: team.name }))
        : v.breakdownKind === 'partnertype'
          ? options.partnerTypes.map((k) => ({ value: k, label: organisationKindLabel(k) }))
          : [];
  const target = parseNumber(v.target);
  const owner = agreement.parties.find((p) => p.id === v.owner)?.name ?? '';
  const kind = v.source === 'partij' ? 'aantal' : (measure?.kind ?? 'aantal');

  const save = useMutation({
    mutationFn: () =>
      addCommitment(agreement.id, {
        theme: v.theme,
        ownerOrganisationId: v.owner,
        description: v.description,
        source: v.source,
        ...(v.source === 'partij'
          ? { indicatorCode: v.figure, measureKey: 'aantal', periodType: v.periodType }
          : {
              indicatorCode: v.indicator,
              measureKey: v.measure,
              breakdown: v.breakdownKind ? { kind: v.breakdownKind as 'wijk', code: v.breakdownCode } : null,
            }),
        // Not a number: null, so the server answers with its message at the field.
        target: target ?? (null as unknown as number),
        direction: v.direction,
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(agreementQuery(agreement.id).queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: agreementListQuery.queryKey });
      setV(empty);
      accepted();
      setSaved(true);
    },
    onError: refused,
  });

  if (confirming)
    return (
      <ConfirmStep
        text={t.confirmText(
          owner || '?',
          target === null ? v.target : `${tx.direction[v.direction]} ${formatValue(target, kind)}`,
        )}
        confirm={t.confirm}
        busy={save.isPending}
        onConfirm={() => save.mutate()}
        onCancel={() => setConfirming(false)}
      />
    );

  return (
    <Form
      onSubmit={() => {
        setSaved(false);
        setConfirming(true);
      }}
      label={t.title}
      className="regie-agreement-form"
    >
      <div role="status">{saved && <Alert type="ok">{<Paragraph>{t.saved}</Paragraph>}</Alert>}</div>
      <FormProblems errors={errors} ids={ID} attempt={attempt} general={general} />
      <TextField
        id={ID.theme as string}
        label={t.theme}
        description={t.themeDescription}
        value={v.theme}
        onChange={(x) => set('theme', x)}
        error={errors.theme}
        required
      />
      <SelectField
        id={ID.ownerOrganisationId as string}
        label={t.owner}
        value={v.owner}
        emptyOption={t.choose}
        options={agreement.parties.map((p) => ({ value: p.id, label: p.name }))}
        onChange={(x) => set('owner', x)}
        error={errors.ownerOrganisationId}
        required
      />
      <TextAreaField
        id={ID.description as string}
        label={t.description}
        value={v.description}
        onChange={(x) => set('description', x)}
        error={errors.description}
        rows={3}
      />
      <RadioGroup
        id={ID.source as string}
        legend={t.source}
        value={v.source}
        options={(['indicator', 'partij'] as const).map((s) => ({ value: s, label: t.sources[s] }))}
        onChange={(x) => set('source', x as 'indicator' | 'partij')}
        error={errors.source}
      />
      {v.source === 'indicator' ? (
        <>
          <SelectField
            id={ID.indicatorCode as string}
            label={t.indicator}
            value={v.indicator}
            emptyOption={t.choose}
            options={indicators.map((i) => ({ value: i.code, label: i.title }))}
            onChange={(x) =>
              setV((old) => ({ ...old, indicator: x, measure: '', breakdownKind: '', breakdownCode: '' }))
            }
            error={errors.indicatorCode}
            required
          />
          <SelectField
            id={ID.measureKey as string}
            label={t.measure}
            value={v.measure}
            emptyOption={t.choose}
            options={(indicator?.measures ?? []).map((m) => ({ value: m.key, label: m.label }))}
            onChange={(x) => set('measure', x)}
            error={errors.measureKey}
            required
          />
          <SelectField
            id={ID.breakdown as string}
            label={t.breakdown}
            value={v.breakdownKind}
            emptyOption={t.wholeMunicipality}
            options={(indicator?.breakdowns ?? []).map((b) => ({ value: b.code, label: b.label }))}
            onChange={(x) => setV((old) => ({ ...old, breakdownKind: x, breakdownCode: '' }))}
            error={v.breakdownKind ? undefined : errors.breakdown}
          />
          {v.breakdownKind && (
            <SelectField
              id={`${ID.breakdown}-waarde`}
              label={t.breakdownValue(
                indicator?.breakdowns.find((b) => b.code === v.breakdownKind)?.label ?? v.breakdownKind,
              )}
              value={v.breakdownCode}
              emptyOption={t.choose}
              options={breakdownValues}
              onChange={(x) => set('breakdownCode', x)}
              error={errors.breakdown}
              required
            />
          )}
        </>
      ) : (
        <>
          <SelectField
            id={ID.indicatorCode as string}
            label={t.figure}
            value={v.figure}
            emptyOption={t.choose}
            options={options.partnerFigures.map((f) => ({ value: f.code, label: f.title }))}
            onChange={(x) => set('figure', x)}
            description={options.partnerFigures.find((f) => f.code === v.figure)?.explanation}
            error={errors.indicatorCode ?? errors.measureKey}
            required
          />
          <RadioGroup
            id={ID.periodType as string}
            legend={t.periodType}
            value={v.periodType}
            options={(['maand', 'halfjaar'] as const).map((p) => ({ value: p, label: t.periodTypes[p] }))}
            onChange={(x) => set('periodType', x as 'maand' | 'halfjaar')}
            error={errors.periodType}
          />
        </>
      )}
      <NumberField
        id={ID.target as string}
        label={t.target}
        description={t.targetDescription}
        value={v.target}
        onChange={(x) => set('target', x)}
        error={errors.target}
        required
      />
      <RadioGroup
        id={ID.direction as string}
        legend={t.direction}
        value={v.direction}
        options={(['minimaal', 'maximaal'] as const).map((d) => ({ value: d, label: t.directions[d] }))}
        onChange={(x) => set('direction', x as 'minimaal' | 'maximaal')}
        error={errors.direction}
      />
      <ButtonGroup>
        <Button type="submit" variant="primary">
          {t.submit}
        </Button>
      </ButtonGroup>
    </Form>
  );
}
