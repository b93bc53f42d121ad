// Search households by postcode, street or place, and filter by wijk.
import { useState } from 'react';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Form,
  SelectField,
  type SelectFieldOption,
  TextField,
} from '../../components/index.ts';
import { t } from '../../i18n/index.ts';

export interface HouseholdsSearchValues {
  search?: string;
  wijk?: string;
}

export interface HouseholdsSearchFormProps {
  initial: HouseholdsSearchValues;
  wijkOptions: SelectFieldOption[];
  onSearch: (values: HouseholdsSearchValues) => void;
  idPrefix?: string;
}

/** The server needs at least 2 characters to search. */
const MIN_SEARCH_LENGTH = 2;

export function HouseholdsSearchForm({
  initial,
  wijkOptions,
  onSearch,
  idPrefix = 'huishoudens',
}: HouseholdsSearchFormProps) {
  const [search, setSearch] = useState(initial.search ?? '');
  const [wijk, setWijk] = useState(initial.wijk ?? '');
  const [error, setError] = useState<string | undefined>();
  const [attempt, setAttempt] = useState(0);
  const searchId = `${idPrefix}-zoeken`;

  const submit = () => {
    const term = search.trim();
    setAttempt((n) => n + 1);
    if (term.length > 0 && term.length < MIN_SEARCH_LENGTH) {
      setError(t.households.searchTooShort);
      return;
    }
    setError(undefined);
    onSearch({ search: term || undefined, wijk: wijk || undefined });
  };

  return (
    <Form role="search" label={t.households.searchLabel} onSubmit={submit}>
      <ErrorSummary items={error ? [{ message: error, fieldId: searchId }] : []} focusKey={attempt} />
      <div className="regie-form-row">
        <TextField
          id={searchId}
          type="search"
          label={t.households.searchLabel}
          description={t.households.searchDescription}
          value={search}
          onChange={setSearch}
          error={error}
          autoComplete="off"
        />
        {wijkOptions.length > 1 && (
          <SelectField
            id={`${idPrefix}-wijk`}
            label={t.households.wijkLabel}
            value={wijk}
            onChange={setWijk}
            options={wijkOptions}
            emptyOption={t.households.allWijken}
          />
        )}
        <ButtonGroup>
          <Button type="submit" variant="primary">
            {t.common.search}
          </Button>
        </ButtonGroup>
      </div>
    </Form>
  );
}
