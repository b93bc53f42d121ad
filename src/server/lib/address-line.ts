/** The parts of an address shown to recognise a household (cases, board, review queue, printed plan). */
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
