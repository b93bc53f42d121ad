/** Cells under this many households are never shown to aggregate-only roles (CBS practice for the social domain). */
export const SMALL_CELL_THRESHOLD = 10;

export function suppress(value: number): number | null {
  return value < SMALL_CELL_THRESHOLD ? null : value;
}
