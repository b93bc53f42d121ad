import type { World } from './world.ts';

/** A generated world in a few lines a person can read in a failure message (indexes as the oracle names them). */
export function describeWorld(w: World): string {
  const lines: string[] = [];
  lines.push(`orgs: ${w.orgs.map((k, i) => `${i}=${k}`).join(', ')}`);
  w.teams.forEach((t, i) => {
    lines.push(`team ${i}: org ${t.org}, ${t.kind}, wijken [${t.wijken.join(',')}]`);
  });
  w.users.forEach((u, i) => {
    lines.push(
      `user ${i}${u.active ? '' : ' (inactive)'}: [${u.roles.join('+')}] org ${u.org}, teams [${u.teams.map((m) => `${m.team}${m.isLeader ? ' (is_leader)' : ''}`).join(', ')}]`,
    );
  });
  w.households.forEach((hh, i) => {
    lines.push(`household ${i}: wijk ${hh.wijk}, ${hh.members} member(s)`);
  });
  w.signals.forEach((s, i) => {
    lines.push(
      `signal ${i}: household ${s.household ?? '-'}${s.review ? ' (te beoordelen, candidate)' : ''}, team ${s.team ?? '-'}, partner org ${s.partnerOrg ?? '-'}${s.pickedUp ? ', picked up' : ''}${s.keptCandidate === null ? '' : `, candidate household ${s.keptCandidate} kept from a review`}`,
    );
  });
  w.cases.forEach((c, i) => {
    lines.push(`case ${i}: household ${c.household}, team ${c.team}, phase ${c.phase}`);
    for (const r of c.regisseurs) lines.push(`  regisseur user ${r.user} ${r.status}`);
    for (const m of c.members) lines.push(`  member user ${m.user} law ${m.law ?? 'none'} left ${m.leftOn}`);
    c.provisions.forEach((p, j) => {
      lines.push(`  provision ${i}.${j}: ${p.law}`);
    });
    c.deadlines.forEach((d, j) => {
      lines.push(`  deadline ${i}.${j}: ${d}`);
    });
    if (c.zrm) lines.push('  zrm assessment');
    c.shares.forEach((s, j) => {
      lines.push(
        `  share ${i}.${j}: ${s.law} → ${s.sharedWithLaw ?? 'everyone'} ${s.consent === null ? 'wettelijke grondslag' : `consent ${s.consent}`}${s.ended ? ' (ended)' : ''}`,
      );
    });
  });
  w.looseProvisions.forEach((p, i) => {
    lines.push(`provision outside a case ${i}: household ${p.household}, ${p.law}`);
  });
  w.consents.forEach((k, i) => {
    lines.push(
      `consent ${i}: person ${k.household}.${k.member} → org ${k.recipientOrg}${k.withdrawn ? ' (withdrawn)' : ''}`,
    );
  });
  w.grants.forEach((g, i) => {
    lines.push(`grant ${i}: user ${g.user} → household ${g.household}, ${g.state}`);
  });
  return lines.join('\n');
}
