import { inflateSync } from 'node:zlib';
import { eq, sql } from 'drizzle-orm';
import type { TestApp } from '../../../../test/helpers/app.ts';
import {
  caseRegisseurs,
  cases,
  caseTeamMembers,
  type ProvisionLaw,
  teams,
  users,
} from '../../db/schema/index.ts';

/** A household of the demo population without an open case, with its members' ids, BSNs and ages. */
export type PlanTestHousehold = {
  householdId: string;
  adults: { personId: string; bsn: string; name: string }[];
  minors: { personId: string; bsn: string }[];
};

export async function teamIdOf(t: TestApp, name: string): Promise<string> {
  const [row] = await t.database.db.select({ id: teams.id }).from(teams).where(eq(teams.name, name));
  if (!row) throw new Error(`no team ${name}`);
  return row.id;
}

export async function userIdOf(t: TestApp, username: string): Promise<string> {
  const [row] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no user ${username}`);
  return row.id;
}

/**
 * Households in one wijk with no open case, adults (18+ on the test clock's day) and, when `withMinor`, at least
 * one member under 18.
 */
export async function householdsWithoutCase(
  t: TestApp,
  wijk: string,
  options: { withMinor: boolean; n?: number },
): Promise<PlanTestHousehold[]> {
  const rows = await t.database.db.execute<{
    household_id: string;
    person_id: string;
    bsn: string;
    voornamen: string;
    geslachtsnaam: string;
    adult: boolean;
  }>(sql`
    SELECT h.id AS household_id, p.id AS person_id, p.bsn, p.voornamen, p.geslachtsnaam,
      (p.geboortedatum <= DATE '2026-11-23' - INTERVAL '18 years') AS adult
    FROM households h JOIN addresses a ON a.id = h.address_id
    JOIN household_members m ON m.household_id = h.id AND m.to_date IS NULL
    JOIN persons p ON p.id = m.person_id
    WHERE a.wijk_code = ${wijk} AND h.ended_on IS NULL AND p.geboortedatum IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM cases c WHERE c.household_id = h.id AND c.phase <> 'afgesloten')
    ORDER BY h.id, p.geboortedatum`);
  const byHousehold = new Map<string, PlanTestHousehold>();
  for (const r of rows.rows) {
    const h = byHousehold.get(r.household_id) ?? { householdId: r.household_id, adults: [], minors: [] };
    if (r.adult)
      h.adults.push({ personId: r.person_id, bsn: r.bsn, name: `${r.voornamen} ${r.geslachtsnaam}` });
    else h.minors.push({ personId: r.person_id, bsn: r.bsn });
    byHousehold.set(r.household_id, h);
  }
  const found = [...byHousehold.values()].filter(
    (h) => h.adults.length > 0 && (!options.withMinor || h.minors.length > 0),
  );
  const n = options.n ?? 1;
  if (found.length < n) throw new Error(`only ${found.length} fitting households in ${wijk}`);
  return found.slice(0, n);
}

/**
 * An open case of the team for the household, in phase 'plan', with an active regisseur when given and case team
 * members (with the law they work under, or none). Only the case team and the leader of the owning team see a case
 * (access rule 1), so a professional who works on it in a test must be one of these.
 */
export async function insertCase(
  t: TestApp,
  values: {
    householdId: string;
    teamId: string;
    regisseurId?: string;
    members?: { userId: string; law?: ProvisionLaw }[];
  },
): Promise<string> {
  const [row] = await t.database.db
    .insert(cases)
    .values({
      municipalityCode: 'GM9901',
      householdId: values.householdId,
      teamId: values.teamId,
      phase: 'plan',
      lifecycleVersion: 1,
      openedOn: '2026-11-02',
    })
    .returning({ id: cases.id });
  if (!row) throw new Error('case insert failed');
  if (values.regisseurId) {
    await t.database.db.insert(caseRegisseurs).values({
      caseId: row.id,
      userId: values.regisseurId,
      status: 'actief',
      acceptedAt: new Date('2026-11-02T10:00:00Z'),
    });
  }
  for (const member of values.members ?? []) {
    const [user] = await t.database.db
      .select({ organisationId: users.organisationId })
      .from(users)
      .where(eq(users.id, member.userId));
    if (!user) throw new Error(`no user ${member.userId}`);
    await t.database.db.insert(caseTeamMembers).values({
      caseId: row.id,
      userId: member.userId,
      organisationId: user.organisationId,
      role: 'Casusteamlid',
      law: member.law ?? null,
      joinedOn: '2026-11-02',
    });
  }
  return row.id;
}

type PdfObject = { dict: string; data: string | null };

/**
 * The objects of a PDF: each dictionary and its stream's decoded data (pdfkit compresses with Flate unless told
 * not to). A stream is read by its /Length, never by searching for "endstream": compressed bytes can spell
 * "endobj" or "endstream" by chance.
 */
function pdfObjects(raw: string): Map<string, PdfObject> {
  const objects = new Map<string, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let m = header.exec(raw); m; m = header.exec(raw)) {
    const start = header.lastIndex;
    const endobj = raw.indexOf('endobj', start);
    const stream = raw.indexOf('stream', start);
    if (stream === -1 || endobj === -1 || stream > endobj) {
      objects.set(m[1]!, { dict: raw.slice(start, endobj === -1 ? raw.length : endobj), data: null });
      header.lastIndex = endobj === -1 ? raw.length : endobj + 6;
      continue;
    }
    const dict = raw.slice(start, stream);
    let from = stream + 'stream'.length;
    if (raw[from] === '\r') from++;
    if (raw[from] === '\n') from++;
    const length = /\/Length (\d+)(?! \d+ R)/.exec(dict);
    const to = length ? from + Number(length[1]) : raw.indexOf('endstream', from);
    const bytes = Buffer.from(raw.slice(from, to), 'latin1');
    const data = dict.includes('/FlateDecode')
      ? inflateSync(bytes).toString('latin1')
      : bytes.toString('latin1');
    objects.set(m[1]!, { dict, data });
    header.lastIndex = raw.indexOf('endobj', to) + 6;
  }
  return objects;
}

/** code → text of one ToUnicode CMap, as pdfkit writes it (bfrange with arrays or a start value, bfchar). */
function parseCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hexText = (hex: string) =>
    String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => Number.parseInt(h, 16)));
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(\[[^\]]*\]|<[0-9a-f]+>)/gi)) {
      const start = Number.parseInt(m[1]!, 16);
      const end = Number.parseInt(m[2]!, 16);
      if (m[3]!.startsWith('[')) {
        [...m[3]!.matchAll(/<([0-9a-f]+)>/gi)].forEach((u, i) => {
          map.set(start + i, hexText(u[1]!));
        });
      } else {
        const first = Number.parseInt(m[3]!.slice(1, -1), 16);
        for (let c = start; c <= end; c++) map.set(c, String.fromCodePoint(first + c - start));
      }
    }
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>/gi)) {
      map.set(Number.parseInt(m[1]!, 16), hexText(m[2]!));
    }
  }
  return map;
}

/**
 * The text a PDF shows, enough to assert what a reader sees without a PDF library: the objects are read, each
 * font's ToUnicode map decodes the 2-byte glyph codes of an embedded font, and base fonts' 1-byte codes are read
 * as Latin-1.
 */
export function pdfText(pdf: Buffer): string {
  const objects = pdfObjects(pdf.toString('latin1'));
  const fontMaps = new Map<string, Map<number, string> | null>();
  for (const { dict } of objects.values()) {
    const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(dict);
    if (!fontDict) continue;
    for (const f of (fontDict[1] ?? '').matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(f[2]!)?.dict ?? '');
      const cmap = toUnicode ? (objects.get(toUnicode[1]!)?.data ?? null) : null;
      fontMaps.set(f[1]!, cmap ? parseCMap(cmap) : null);
    }
  }
  let text = '';
  for (const { dict, data: content } of objects.values()) {
    if (/\/Length1|\/Subtype \/(Image|Type1C|CIDFontType0C)/.test(dict)) continue;
    if (!content?.includes('BT')) continue;
    let cmap: Map<number, string> | null = null;
    for (const token of content.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|<([0-9a-fA-F]+)>|(\bET\b)/g)) {
      if (token[1]) cmap = fontMaps.get(token[1]) ?? null;
      else if (token[3]) text += '\n';
      else if (cmap) {
        for (const code of token[2]!.match(/.{4}/g) ?? []) text += cmap.get(Number.parseInt(code, 16)) ?? '';
      } else text += Buffer.from(token[2]!, 'hex').toString('latin1');
    }
  }
  // A text block ends at ET; wrapped lines and blocks are joined with one space, so a sentence reads whole.
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
