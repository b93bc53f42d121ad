// Dutch texts (B1) of the notifications page and the unread badge.
export const notificationTexts = {
  title: 'Meldingen',
  intro: 'Hier ziet u berichten van Regie aan u, de nieuwste bovenaan.',
  empty: 'U heeft geen meldingen.',
  unread: (n: number) => (n === 1 ? '1 ongelezen melding' : `${n} ongelezen meldingen`),
  allRead: 'Alles is gelezen.',
  new: 'Nieuw',
  open: 'Openen',
  markRead: 'Markeer als gelezen',
  marking: 'Bezig…',
  readOn: (at: string) => `Gelezen op ${at}`,
  badge: (n: number) => (n === 1 ? '1 ongelezen melding' : `${n} ongelezen meldingen`),
} as const;
