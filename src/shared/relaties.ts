// The housemate relations of the Participatiewet calculator (art. 19a: 1st/2nd degree relatives or not), shared by
// the server's schemas and the calculator page. Plain data only: the web bundle imports this file.
export const RELATIES = [
  'kind',
  'ouder',
  'broer-zus',
  'grootouder',
  'kleinkind',
  'overige-familie',
  'geen-familie',
] as const;
export type Relatie = (typeof RELATIES)[number];
