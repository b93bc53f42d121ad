import type { Persoon, PersoonBeperkt } from './brp.schemas.ts';

/** A search by address (official ZoekMetPostcodeEnHuisnummer). Without huisletter or toevoeging, all of them match. */
export type AddressQuery = {
  postcode: string;
  huisnummer: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  /** Deceased persons are left out unless this is true (as the BRP does). */
  inclusiefOverledenPersonen?: boolean;
};

/**
 * Where Regie gets person data in the BRP Personen format. Two implementations answer the same questions in the
 * same shape: LocalBrpSource from Regie's own household register (filled by `regie import brp`), and
 * HttpBrpSource from a real BRP Personen API endpoint. `fields` are the official dotted field paths; each
 * implementation answers only those (plus the automatically delivered fields).
 */
export interface BrpSource {
  /** Persons by BSN (official RaadpleegMetBurgerservicenummer). Unknown BSNs are simply absent from the answer. */
  findByBsn(bsns: readonly string[], fields?: readonly string[]): Promise<Persoon[]>;
  /** Persons living at an address (official ZoekMetPostcodeEnHuisnummer, which answers PersoonBeperkt). */
  findByAddress(query: AddressQuery, fields?: readonly string[]): Promise<PersoonBeperkt[]>;
}
