// The list of signal categories: rename any, add new ones (with a code that follows the name until typed), remove
// one that nothing depends on. A saved category keeps its code: signals carry it. Betalingsachterstand and the
// categories of active routing rules cannot be removed here.
import { useRef } from 'react';
import type { SignalKind } from '../../api/settings.ts';
import { FieldMessages } from '../../components/FieldParts.tsx';
import {
  Button,
  ButtonGroup,
  CheckboxField,
  Fieldset,
  Paragraph,
  SelectField,
  TextField,
} from '../../components/index.ts';
import { ARREARS_CATEGORY } from './defaults.ts';
import type { FieldErrors } from './formErrors.ts';
import { type CategoryRow, codeFromLabel, newCategoryRow } from './signalForm.ts';
import { settingsTexts } from './texts.ts';

const m = settingsTexts.signals.categories;
const KINDS: SignalKind[] = ['vroegsignaal', 'zorgsignaal'];

export interface CategoriesEditorProps {
  rows: CategoryRow[];
  onChange: (rows: CategoryRow[]) => void;
  errors: FieldErrors;
  idOf: (path: string) => string;
  /** Names of the active routing rules per category code. */
  rulesByCategory: ReadonlyMap<string, string[]>;
}

export function CategoriesEditor({ rows, onChange, errors, idOf, rulesByCategory }: CategoriesEditorProps) {
  const counter = useRef(0);
  const addRef = useRef<HTMLButtonElement>(null);

  const update = (index: number, patch: Partial<CategoryRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  const add = () => {
    counter.current += 1;
    const index = rows.length;
    onChange([...rows, newCategoryRow(`nieuw-${counter.current}`)]);
    requestAnimationFrame(() => document.getElementById(idOf(`categories.${index}.label`))?.focus());
  };

  const remove = (index: number) => {
    onChange(rows.filter((_, i) => i !== index));
    requestAnimationFrame(() => addRef.current?.focus());
  };

  const groupError = errors.categories;
  return (
    <Fieldset
      id={idOf('categories')}
      legend={m.legend}
      description={m.description}
      invalid={Boolean(groupError)}
      className="regie-settings-categories"
    >
      <FieldMessages
        id={idOf('categories')}
        error={groupError}
        descriptionClassName="regie-fieldset__description"
      />
      {rows.map((row, i) => {
        const rules = rulesByCategory.get(row.code) ?? [];
        const fixedReason =
          row.saved && row.code === ARREARS_CATEGORY
            ? m.arrearsFixed
            : row.saved && rules.length > 0
              ? m.usedByRules(rules)
              : null;
        return (
          <Fieldset key={row.key} legend={m.row(row.label, i)} className="regie-settings-category">
            <TextField
              id={idOf(`categories.${i}.label`)}
              label={m.label}
              value={row.label}
              onChange={(label) =>
                update(i, row.codeTouched ? { label } : { label, code: codeFromLabel(label) })
              }
              error={errors[`categories.${i}.label`]}
              autoComplete="off"
              required
            />
            {row.saved ? (
              <Paragraph>
                {m.code}: <code>{row.code}</code>
              </Paragraph>
            ) : (
              <TextField
                id={idOf(`categories.${i}.code`)}
                label={m.codeNew}
                description={m.codeDescription}
                value={row.code}
                onChange={(code) => update(i, { code, codeTouched: true })}
                error={errors[`categories.${i}.code`]}
                autoComplete="off"
                spellCheck={false}
                autoCapitalize="none"
                required
              />
            )}
            <SelectField
              id={idOf(`categories.${i}.kind`)}
              label={m.kind}
              value={row.kind}
              onChange={(kind) =>
                update(i, { kind: kind === 'vroegsignaal' ? 'vroegsignaal' : 'zorgsignaal' })
              }
              options={KINDS.map((kind) => ({ value: kind, label: m.kinds[kind] }))}
              error={errors[`categories.${i}.kind`]}
            />
            <CheckboxField
              id={idOf(`categories.${i}.crisis`)}
              label={m.crisis}
              checked={row.crisis}
              onChange={(crisis) => update(i, { crisis })}
              error={errors[`categories.${i}.crisis`]}
            />
            {fixedReason ? (
              <Paragraph className="regie-settings-note">{fixedReason}</Paragraph>
            ) : (
              <ButtonGroup>
                <Button variant="secondary" onClick={() => remove(i)}>
                  {m.remove(row.label.trim())}
                </Button>
              </ButtonGroup>
            )}
          </Fieldset>
        );
      })}
      <ButtonGroup>
        <Button variant="secondary" ref={addRef} onClick={add}>
          {m.add}
        </Button>
      </ButtonGroup>
    </Fieldset>
  );
}
