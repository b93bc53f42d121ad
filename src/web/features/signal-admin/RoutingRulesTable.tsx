// The municipality's routing rules in priority order, with "Wijzigen" and "Uitzetten" on each active rule.
import type { RoutingOptions, RoutingRule } from '../../api/signal-admin.ts';
import { Button, ButtonGroup, DataTable } from '../../components/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';

const m = t.signalAdmin.routing;

export interface RoutingRulesTableProps {
  gemeenteNaam: string;
  rules: RoutingRule[];
  options: RoutingOptions | undefined;
  onEdit: (rule: RoutingRule) => void;
  onDeactivate: (rule: RoutingRule) => void;
}

export function RoutingRulesTable({
  gemeenteNaam,
  rules,
  options,
  onEdit,
  onDeactivate,
}: RoutingRulesTableProps) {
  const categoryLabel = (code: string | null) =>
    code ? (options?.categorieen.find((c) => c.code === code)?.label ?? code) : m.any;
  const sorted = [...rules].sort(
    (a, b) => Number(b.actief) - Number(a.actief) || a.prioriteit - b.prioriteit,
  );
  return (
    <DataTable<RoutingRule>
      caption={m.rulesCaption(gemeenteNaam)}
      captionHidden
      stacked
      rows={sorted}
      rowKey={(rule) => rule.id}
      columns={[
        { key: 'prioriteit', header: m.prioriteit, numeric: true, render: (r) => formatNumber(r.prioriteit) },
        { key: 'naam', header: m.naam, rowHeader: true, render: (r) => r.naam },
        { key: 'gebied', header: m.gebied, render: (r) => r.gebiedNaam ?? r.gebiedCode ?? m.any },
        { key: 'categorie', header: m.categorie, render: (r) => categoryLabel(r.categorie) },
        {
          key: 'urgentie',
          header: m.urgentie,
          render: (r) => (r.urgentie ? (m.urgencies[r.urgentie] ?? r.urgentie) : m.any),
        },
        { key: 'crisis', header: m.alleenCrisis, render: (r) => (r.alleenCrisis ? m.yes : m.no) },
        { key: 'team', header: m.team, render: (r) => r.teamNaam },
        { key: 'actief', header: m.actief, render: (r) => (r.actief ? m.yes : m.no) },
        {
          key: 'acties',
          header: m.actions,
          render: (r) =>
            r.actief ? (
              <ButtonGroup className="regie-table-actions">
                <Button
                  variant="secondary"
                  data-rule-edit={r.id}
                  aria-label={m.editLabel(r.naam)}
                  onClick={() => onEdit(r)}
                >
                  {m.edit}
                </Button>
                <Button
                  variant="secondary"
                  danger
                  data-rule-deactivate={r.id}
                  aria-label={m.deactivateLabel(r.naam)}
                  onClick={() => onDeactivate(r)}
                >
                  {m.deactivate}
                </Button>
              </ButtonGroup>
            ) : null,
        },
      ]}
    />
  );
}
