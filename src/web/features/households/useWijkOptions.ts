// The wijken the user's teams serve, for the wijk filter and to show wijk names instead of codes.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { myTeamsQuery } from '../../api/me.ts';
import type { SelectFieldOption } from '../../components/index.ts';

export function useWijkOptions(): { options: SelectFieldOption[]; names: Map<string, string> } {
  const teams = useQuery(myTeamsQuery);
  return useMemo(() => {
    const names = new Map<string, string>();
    for (const team of teams.data?.items ?? []) {
      for (const area of team.areas) if (area.kind === 'wijk') names.set(area.code, area.name);
    }
    const options = [...names.entries()]
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
    return { options, names };
  }, [teams.data]);
}
