// Households and persons per wijk for one municipality: a chart and the same numbers in a table.
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { populationByWijkQuery } from '../../api/population.ts';
import type { WijkFigures } from '../../api/types.ts';
import { Chart, DataTable, EmptyState, QueryState } from '../../components/index.ts';
import { formatNumber } from '../../i18n/format.ts';
import { t } from '../../i18n/index.ts';
import { drawPopulationChart } from './populationChart.ts';

function figure(value: number | null, suppressed: boolean): string {
  return suppressed || value === null ? t.population.suppressed : formatNumber(value);
}

export function PopulationFigures({ municipalityCode }: { municipalityCode: string }) {
  const query = useQuery(populationByWijkQuery(municipalityCode));
  return (
    <QueryState query={query}>
      {({ municipality, items }) =>
        items.length === 0 ? (
          <EmptyState>{t.population.empty}</EmptyState>
        ) : (
          <>
            <PopulationChart items={items} municipalityName={municipality.name} />
            <DataTable<WijkFigures>
              caption={t.population.caption(municipality.name)}
              rows={items}
              rowKey={(item) => item.wijkCode}
              columns={[
                { key: 'wijk', header: t.population.wijk, rowHeader: true, render: (item) => item.wijkName },
                { key: 'code', header: t.population.wijkCode, render: (item) => item.wijkCode },
                {
                  key: 'households',
                  header: t.population.households,
                  numeric: true,
                  render: (item) => figure(item.households, item.suppressed),
                },
                {
                  key: 'persons',
                  header: t.population.persons,
                  numeric: true,
                  render: (item) => figure(item.persons, item.suppressed),
                },
              ]}
            />
          </>
        )
      }
    </QueryState>
  );
}

function PopulationChart({ items, municipalityName }: { items: WijkFigures[]; municipalityName: string }) {
  const render = useCallback(
    (Plot: Parameters<typeof drawPopulationChart>[0], width: number) =>
      drawPopulationChart(Plot, width, items),
    [items],
  );
  return (
    <Chart
      title={t.population.chartTitle(municipalityName)}
      description={t.population.chartAlt}
      render={render}
    />
  );
}
