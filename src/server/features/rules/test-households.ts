import type { BijstandsnormInvoer, Medebewoner } from './rules.schemas.ts';

/** Synthetic households for tests: invented labels, no personal data. */
export function housemate(overrides: Partial<Medebewoner> = {}): Medebewoner {
  return {
    geboortedatum: '1970-06-15',
    relatie: 'geen-familie',
    commercieleHuur: false,
    studiefinanciering: false,
    bbl: false,
    mantelzorg: false,
    ...overrides,
  };
}

export function household(overrides: Partial<BijstandsnormInvoer> = {}): BijstandsnormInvoer {
  return {
    peildatum: '2026-01-15',
    aanvrager: { geboortedatum: '1980-05-01' },
    kinderenOnder18: 0,
    medebewoners: [],
    ...overrides,
  };
}
