// The board keeps its filters in the URL (shareable, survives a reload). Unknown values are dropped.
import { type BoardKind, boardKinds } from '../../api/board.ts';
import { compact } from '../../routes/search.ts';

export interface BoardSearch {
  team?: string;
  kind?: BoardKind;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function validateBoardSearch(search: Record<string, unknown>): BoardSearch {
  const team =
    typeof search.team === 'string' && UUID.test(search.team) ? search.team.toLowerCase() : undefined;
  const kind =
    typeof search.kind === 'string' && (boardKinds as readonly string[]).includes(search.kind)
      ? (search.kind as BoardKind)
      : undefined;
  return compact({ team, kind });
}
