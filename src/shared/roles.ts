// The roles of Regie, shared by the server and the web app. Plain data only: the web bundle imports this file,
// so it must not import anything (no server code, no database schema).
export const ROLES = [
  'regisseur',
  'wijkteam_professional',
  'intake',
  'schuldhulpverlener',
  'partner_medewerker',
  'teamleider',
  'beleidsmedewerker',
  'fg',
  'beheerder',
] as const;
export type Role = (typeof ROLES)[number];
