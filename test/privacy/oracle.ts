import type { Role } from '../../src/shared/roles.ts';
import type { Law, LeftOn, ProbeRoute, World, WorldCase } from './world.ts';

/**
 * The independent oracle: the access rules 1–6 of issue 5 (restated in the comments of
 * src/server/features/access/policy.ts and law-visibility.ts), written literally in plain TypeScript over a
 * generated world. It deliberately shares no code with src/server/features/access: no SQL, no import of policy.ts
 * or any scope function. The capability table below is restated from the role descriptions, for the same reason.
 *
 * Objects are named by a readable reference ("household:2", "provision:1.0" = case 1's first provision), which the
 * harness maps to the ids it inserted. `routeRefs` answers: which references may this actor receive from a route.
 */

type Capability =
  | 'household.read'
  | 'case.work'
  | 'signal.work'
  | 'signal.review'
  | 'signal.file'
  | 'consent.record'
  | 'privacy.review'
  | 'privacy.inzage'
  | 'audit.read';

const CAPABILITIES: Record<Capability, readonly Role[]> = {
  'household.read': ['regisseur', 'wijkteam_professional', 'teamleider', 'intake', 'schuldhulpverlener'],
  'case.work': ['regisseur', 'wijkteam_professional', 'schuldhulpverlener', 'teamleider'],
  'signal.work': ['regisseur', 'wijkteam_professional', 'intake', 'schuldhulpverlener', 'teamleider'],
  'signal.review': ['intake', 'schuldhulpverlener', 'teamleider'],
  'signal.file': [
    'partner_medewerker',
    'regisseur',
    'wijkteam_professional',
    'intake',
    'schuldhulpverlener',
    'teamleider',
  ],
  'consent.record': ['regisseur', 'wijkteam_professional', 'schuldhulpverlener', 'teamleider'],
  'privacy.review': ['fg'],
  'privacy.inzage': ['fg'],
  'audit.read': ['fg'],
};

/** A member's row is open while left_on IS NULL or left_on > today ("today" leaves today). */
export function memberOpen(leftOn: LeftOn): boolean {
  return leftOn === 'none' || leftOn === 'future';
}

/** Law 'overig' counts as general. */
function isGeneral(law: Law | 'general'): boolean {
  return law === 'general' || law === 'overig';
}

/**
 * The law of a deadline kind (rule 6): wgs_* → wgs, wmo_* → wmo, awb_* → the law of the provision it belongs to.
 * The schema has no link from a deadline to a provision, so an Awb term belongs to no provision: general.
 */
export function deadlineLaw(kind: string): Law | 'general' {
  if (kind.startsWith('wgs_')) return 'wgs';
  if (kind.startsWith('wmo_')) return 'wmo';
  return 'general';
}

export type Actor = { kind: 'user'; user: number } | { kind: 'apiKey'; org: number };

export class Oracle {
  constructor(readonly w: World) {}

  /** A deactivated account has no session, so no role counts. */
  private roles(u: number): Role[] {
    const user = this.w.users[u];
    return user?.active ? user.roles : [];
  }

  can(u: number, cap: Capability): boolean {
    return this.roles(u).some((r) => CAPABILITIES[cap].includes(r));
  }

  teamsOf(u: number): number[] {
    return (this.w.users[u]?.teams ?? []).map((m) => m.team);
  }

  /** A user LEADS team T = has role teamleider AND is a member of T (the is_leader flag plays no part). */
  leads(u: number, team: number): boolean {
    return this.roles(u).includes('teamleider') && this.teamsOf(u).includes(team);
  }

  private regisseurOf(c: WorldCase, u: number): boolean {
    return c.regisseurs.some((r) => r.user === u && (r.status === 'actief' || r.status === 'aangeboden'));
  }

  private openMemberships(c: WorldCase, u: number) {
    return c.members.filter((m) => m.user === u && memberOpen(m.leftOn));
  }

  /** CASE TEAM of C: regisseur rows actief/aangeboden, plus open case_team_members rows. */
  inCaseTeam(c: WorldCase, u: number): boolean {
    return this.regisseurOf(c, u) || this.openMemberships(c, u).length > 0;
  }

  /** Rule 1. */
  caseScope(u: number, ci: number): boolean {
    const c = this.w.cases[ci];
    if (!c || !this.can(u, 'case.work')) return false;
    return (c.phase !== 'afgesloten' && this.inCaseTeam(c, u)) || this.leads(u, c.team);
  }

  /** ACTIVE GRANT: ended_at IS NULL and granted_at <= now < expires_at. */
  activeGrant(u: number, h: number): boolean {
    return this.w.grants.some((g) => g.user === u && g.household === h && g.state === 'active');
  }

  /** Read access to a case's data (caseReadScope): the case is in caseScope, or a grant on its household. */
  caseRead(u: number, ci: number): boolean {
    const c = this.w.cases[ci];
    if (!c) return false;
    return this.caseScope(u, ci) || (this.can(u, 'household.read') && this.activeGrant(u, c.household));
  }

  /**
   * The household case a signal's vroegsignaalzaak belongs to: a picked-up signal's zaak joins the household's
   * open case (as materialize.ts links it), so the case's readers see the signal too.
   */
  signalHouseholdCase(si: number): number | null {
    const s = this.w.signals[si];
    const h = this.matchedHousehold(si);
    if (!s || h === null || !s.pickedUp || s.team === null) return null;
    const open = this.w.cases.findIndex((c) => c.household === h && c.phase !== 'afgesloten');
    return open >= 0 ? open : null;
  }

  /** Rule 2. */
  householdFull(u: number, h: number): boolean {
    if (!this.can(u, 'household.read')) return false;
    return this.w.cases.some((c, ci) => c.household === h && this.caseScope(u, ci)) || this.activeGrant(u, h);
  }

  /** signalScope: the signal's team is one of the user's teams (needs signal.work). */
  signalScope(u: number, si: number): boolean {
    const s = this.w.signals[si];
    return !!s && s.team !== null && this.can(u, 'signal.work') && this.teamsOf(u).includes(s.team);
  }

  /** The household a signal is matched to (a signal waiting for review is matched to none). */
  matchedHousehold(si: number): number | null {
    const s = this.w.signals[si];
    return s && !s.review ? s.household : null;
  }

  /** Rule 3. */
  householdSignal(u: number, h: number): boolean {
    if (!this.can(u, 'household.read')) return false;
    return this.w.signals.some((_, si) => this.matchedHousehold(si) === h && this.signalScope(u, si));
  }

  /** Rule 4. */
  householdScope(u: number, h: number): boolean {
    return this.householdFull(u, h) || this.householdSignal(u, h);
  }

  /** Rule 6 a–e: may u, with full access to case ci, see a record of law `law` of that case? */
  lawVisible(u: number, ci: number, law: Law | 'general'): boolean {
    if (isGeneral(law)) return true;
    const c = this.w.cases[ci];
    if (!c) return false;
    if (this.regisseurOf(c, u)) return true; // a
    if (this.leads(u, c.team)) return true; // b
    if (this.activeGrant(u, c.household)) return true; // c
    const open = this.openMemberships(c, u);
    if (open.some((m) => m.law === null || m.law === law)) return true; // d
    const memberLaws = open.map((m) => m.law);
    const org = this.w.users[u]?.org;
    return c.shares.some((d) => {
      if (d.law !== law || d.ended) return false;
      if (d.sharedWithLaw !== null && !memberLaws.includes(d.sharedWithLaw)) return false;
      if (d.consent === null) return true; // wettelijke grondslag
      const k = this.w.consents[d.consent];
      return !!k && !k.withdrawn && k.recipientOrg === org;
    }); // e
  }

  /**
   * A provision outside any case is not "of C": it needs full access to the household and, for a law-L record,
   * rule 6 on a case of the household the viewer works on, or a grant (break-the-glass sees all).
   */
  looseVisible(u: number, h: number, law: Law): boolean {
    if (!this.householdFull(u, h)) return false;
    if (isGeneral(law) || this.activeGrant(u, h)) return true;
    return this.w.cases.some(
      (c, ci) => c.household === h && this.caseScope(u, ci) && this.lawVisible(u, ci, law),
    );
  }

  /** Everything of the world a user may receive from the ordinary personal-data routes. */
  baseRefs(u: number): Set<string> {
    const out = new Set<string>();
    const w = this.w;
    w.households.forEach((hh, h) => {
      if (!this.householdScope(u, h)) return;
      out.add(`household:${h}`);
      for (let m = 0; m < hh.members; m++) out.add(`person:${h}.${m}`);
    });
    w.signals.forEach((s, si) => {
      const linked = this.signalHouseholdCase(si);
      if (this.signalScope(u, si) || (linked !== null && this.caseRead(u, linked))) {
        out.add(`signal:${si}`);
        out.add(`signalCase:${si}`);
        if (s.household === null || s.review) out.add(`signalBsn:${si}`);
      }
    });
    w.cases.forEach((c, ci) => {
      if (!this.caseRead(u, ci)) return;
      out.add(`case:${ci}`);
      c.regisseurs.forEach((_, i) => {
        out.add(`regisseur:${ci}.${i}`);
      });
      c.members.forEach((_, i) => {
        out.add(`member:${ci}.${i}`);
      });
      c.shares.forEach((_, i) => {
        out.add(`share:${ci}.${i}`);
      });
      if (c.zrm) out.add(`zrm:${ci}`);
      c.provisions.forEach((p, i) => {
        if (this.lawVisible(u, ci, p.law)) out.add(`provision:${ci}.${i}`);
      });
      c.deadlines.forEach((k, i) => {
        if (this.lawVisible(u, ci, deadlineLaw(k))) out.add(`deadline:${ci}.${i}`);
      });
    });
    w.looseProvisions.forEach((p, i) => {
      if (this.looseVisible(u, p.household, p.law)) out.add(`loose:${i}`);
    });
    w.consents.forEach((k, i) => {
      if (this.householdFull(u, k.household)) out.add(`consent:${i}`);
    });
    return out;
  }

  /** What the route may add to the base set for this actor (the documented exceptions of rule 5 and the FG). */
  routeRefs(actor: Actor, route: ProbeRoute, target?: { household: number; member: number }): Set<string> {
    const w = this.w;
    if (actor.kind === 'user' && !w.users[actor.user]?.active) return new Set();
    const out = actor.kind === 'user' ? this.baseRefs(actor.user) : new Set<string>();
    const org = actor.kind === 'user' ? w.users[actor.user]?.org : actor.org;
    const user = actor.kind === 'user' ? actor.user : -1;
    const partner = actor.kind === 'apiKey' || this.can(user, 'signal.file');
    if (
      route === 'households.overview' &&
      target &&
      actor.kind === 'user' &&
      this.householdScope(user, target.household)
    ) {
      // The household page names the open case (its id, phase, team and regisseur) to every viewer of the
      // household, also at signal level, so they know whom to call (overview.service.ts caseOf, asserted in
      // overview.db.test.ts); its plan, deadlines and provisions stay hidden. A documented exception to rule 3.
      const open = w.cases.findIndex((c) => c.household === target.household && c.phase !== 'afgesloten');
      if (open >= 0) out.add(`case:${open}`);
    }
    if (route === 'signals.mine' && partner) {
      // partnerSignalScope: own organisation's signals, picked up or not (nothing about the household).
      w.signals.forEach((s, si) => {
        if (s.partnerOrg !== null && s.partnerOrg === org) out.add(`signal:${si}`);
        // (its BSN, household and person are not added: the partner learns only the status)
      });
    }
    // A reviewer works for the municipalities of their teams; an FG for those of their teams and of their own
    // organisation (an FG is usually in no team). Every organisation of a world serves its one municipality.
    const inMunicipality = this.teamsOf(user).length > 0;
    const fgServes = actor.kind === 'user' && w.users[user] !== undefined;
    if (route === 'reviews' && this.can(user, 'signal.review') && inMunicipality) {
      // The review queue: to match, a reviewer of the municipality sees the waiting
      // signal and its candidate household ("intake sees what it needs to match and route").
      w.signals.forEach((s, si) => {
        if (!s.review || s.household === null) return;
        out.add(`signal:${si}`);
        out.add(`signalBsn:${si}`);
        out.add(`household:${s.household}`);
        for (let m = 0; m < (w.households[s.household]?.members ?? 0); m++)
          out.add(`person:${s.household}.${m}`);
      });
    }
    if (route === 'privacy.grantsMine') {
      w.grants.forEach((g, gi) => {
        if (g.user !== user) return;
        out.add(`grant:${gi}`);
        out.add(`household:${g.household}`);
      });
    }
    if (route === 'privacy.grantsReview' && this.can(user, 'privacy.review') && fgServes) {
      w.grants.forEach((g, gi) => {
        out.add(`grant:${gi}`);
        out.add(`household:${g.household}`);
      });
    }
    const inzage = route === 'privacy.inzage' || route === 'privacy.inzagePdf';
    if (inzage && this.can(user, 'privacy.inzage') && fgServes && target) {
      for (const ref of this.dossierRefs(target.household, target.member)) out.add(ref);
    }
    if (route === 'audit' && this.can(user, 'audit.read') && fgServes) {
      // The FG reads the audit trail of the municipality: the ids of everything read or changed in it.
      for (const ref of this.allRefs()) out.add(ref);
    }
    return out;
  }

  /** Every reference of the world (what its audit trail may name). */
  allRefs(): Set<string> {
    const out = new Set<string>();
    this.w.households.forEach((_, h) => {
      for (const ref of this.dossierRefs(h, -1)) out.add(ref);
    });
    this.w.consents.forEach((_, i) => {
      out.add(`consent:${i}`);
    });
    this.w.signals.forEach((_, si) => {
      out.add(`signal:${si}`);
      out.add(`signalCase:${si}`);
      out.add(`signalBsn:${si}`);
    });
    this.w.grants.forEach((_, gi) => {
      out.add(`grant:${gi}`);
    });
    return out;
  }

  /** The inzage dossier of one person: their household(s) and everything recorded about it, and their consents. */
  dossierRefs(h: number, m: number): Set<string> {
    const w = this.w;
    const out = new Set<string>([`household:${h}`]);
    for (let i = 0; i < (w.households[h]?.members ?? 0); i++) out.add(`person:${h}.${i}`);
    w.signals.forEach((s, si) => {
      if (s.household === h) {
        out.add(`signal:${si}`);
        out.add(`signalCase:${si}`);
      }
    });
    w.cases.forEach((c, ci) => {
      if (c.household !== h) return;
      out.add(`case:${ci}`);
      c.regisseurs.forEach((_, i) => {
        out.add(`regisseur:${ci}.${i}`);
      });
      c.members.forEach((_, i) => {
        out.add(`member:${ci}.${i}`);
      });
      c.shares.forEach((_, i) => {
        out.add(`share:${ci}.${i}`);
      });
      c.provisions.forEach((_, i) => {
        out.add(`provision:${ci}.${i}`);
      });
      c.deadlines.forEach((_, i) => {
        out.add(`deadline:${ci}.${i}`);
      });
      if (c.zrm) out.add(`zrm:${ci}`);
    });
    w.looseProvisions.forEach((p, i) => {
      if (p.household === h) out.add(`loose:${i}`);
    });
    w.consents.forEach((k, i) => {
      if (k.household === h && k.member === m) out.add(`consent:${i}`);
    });
    w.grants.forEach((g, gi) => {
      if (g.household === h) out.add(`grant:${gi}`);
    });
    return out;
  }
}
