/** The parts of an address a case shows: only what is needed to recognise the household. */
export type AddressParts = {
  straat: string;
  huisnummer: number;
  huisletter: string | null;
  huisnummertoevoeging: string | null;
  postcode: string;
  woonplaats: string;
};

/** "Dorpsstraat 12a-2, 9811 AB Regiedam": how Dutch letters write an address on one line. */
export function addressLine(a: AddressParts): string {
  const number = `${a.huisnummer}${a.huisletter ?? ''}${a.huisnummertoevoeging ? `-${a.huisnummertoevoeging}` : ''}`;
  const postcode = /^\d{4}[A-Z]{2}$/.test(a.postcode)
    ? `${a.postcode.slice(0, 4)} ${a.postcode.slice(4)}`
    : a.postcode;
  return `${a.straat} ${number}, ${postcode} ${a.woonplaats}`;
}
