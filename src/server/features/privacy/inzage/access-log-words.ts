/**
 * What an audit row means, in plain Dutch (B1), for the access log of the inzage dossier: the resident reads
 * "Heeft het huishouden bekeken", not "household.read". Known actions have their own sentence; any other action
 * (a feature added later) still gets a sentence from its verb and the kind of record, never the bare code.
 */

const ACTIONS: Record<string, string> = {
  'household.read': 'Heeft de gegevens van het huishouden bekeken',
  'person.read': 'Heeft de persoonsgegevens (BRP) opgevraagd',
  'brp.import': 'Heeft de persoonsgegevens uit de BRP ingelezen',
  'signal.read': 'Heeft een signaal bekeken',
  'signal.file': 'Heeft een signaal gemeld',
  'signal.pick_up': 'Heeft een signaal opgepakt',
  'signal.match.confirm': 'Heeft bevestigd bij welk huishouden een signaal hoort',
  'signal.match.reject': 'Heeft afgewezen dat een signaal bij dit huishouden hoort',
  'signal.match.undo': 'Heeft een koppeling van een signaal ongedaan gemaakt',
  'signal.export': 'Heeft signalen meegeteld in de levering aan het CBS (zonder namen)',
  'signal.purge': 'Heeft een signaal vernietigd omdat de bewaartermijn voorbij was',
  'signal.import': 'Heeft een bestand met signalen ingelezen',
  'signal_case.read': 'Heeft een vroegsignaalzaak bekeken',
  'signal_case.contact_attempt': 'Heeft een poging tot contact vastgelegd',
  'signal_case.close': 'Heeft een vroegsignaalzaak afgesloten',
  'case.read': 'Heeft de casus bekeken',
  'case.create': 'Heeft een casus gestart',
  'case.transition': 'Heeft de casus naar een andere fase gezet',
  'case.team.join': 'Heeft iemand aan het casusteam toegevoegd',
  'case.team.leave': 'Heeft iemand uit het casusteam gehaald',
  'plan.read': 'Heeft het plan bekeken',
  'plan.save': 'Heeft het plan opgeslagen',
  'plan.agreement': 'Heeft vastgelegd dat u met het plan instemt',
  'plan.pdf': 'Heeft het plan afgedrukt (pdf)',
  'zrm.read': 'Heeft de zelfredzaamheid (ZRM) bekeken',
  'zrm.create': 'Heeft de zelfredzaamheid (ZRM) ingevuld',
  'provision.read': 'Heeft de voorzieningen bekeken',
  'provision.create': 'Heeft een voorziening vastgelegd',
  'provision.update': 'Heeft een voorziening gewijzigd',
  'provision.decide': 'Heeft een besluit over een voorziening vastgelegd',
  'deadline.read': 'Heeft de wettelijke termijnen bekeken',
  'deadline.create': 'Heeft een wettelijke termijn vastgelegd',
  'consent.read': 'Heeft uw toestemmingen bekeken',
  'consent.record': 'Heeft een toestemming van u vastgelegd',
  'consent.withdraw': 'Heeft vastgelegd dat u een toestemming intrekt',
  'case_data_share.read': 'Heeft bekeken welke gegevens het casusteam deelt',
  'case_data_share.create': 'Heeft gegevens gedeeld met het casusteam',
  'case_data_share.end': 'Heeft het delen van gegevens met het casusteam gestopt',
  'privacy.inzage': 'Heeft een inzage in uw gegevens gemaakt (zoals deze)',
};

/** The kind of record, as a noun phrase for sentences built from the verb. */
const RESOURCES: Record<string, string> = {
  household: 'het huishouden',
  person: 'de persoonsgegevens',
  signal: 'een signaal',
  signal_case: 'een vroegsignaalzaak',
  case: 'de casus',
  plan: 'het plan',
  zrm: 'de zelfredzaamheid (ZRM)',
  provision: 'een voorziening',
  deadline: 'een wettelijke termijn',
  consent: 'een toestemming',
  case_data_share: 'het delen van gegevens',
  access_grant: 'een noodtoegang',
};

const VERBS: Record<string, string> = {
  read: 'bekeken',
  create: 'vastgelegd',
  record: 'vastgelegd',
  update: 'gewijzigd',
  delete: 'verwijderd',
  end: 'beëindigd',
  review: 'beoordeeld',
  purge: 'vernietigd',
  destroy: 'vernietigd',
};

/** "Heeft <record> <verb>" for an audit action code, whatever feature wrote it. */
export function describeAuditAction(action: string, resourceType: string): string {
  const known = ACTIONS[action];
  if (known) return known;
  if (action.startsWith('access_grant.') || resourceType === 'access_grant') {
    return action.endsWith('.review')
      ? 'Heeft een noodtoegang tot uw gegevens beoordeeld'
      : 'Heeft noodtoegang tot uw gegevens gebruikt of beëindigd';
  }
  const verb = VERBS[action.split('.').at(-1) ?? ''];
  const resource = RESOURCES[resourceType] ?? 'uw gegevens';
  return verb ? `Heeft ${resource} ${verb}` : `Heeft iets gedaan met ${resource}`;
}
