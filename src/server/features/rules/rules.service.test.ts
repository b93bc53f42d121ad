import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DomainError, type FieldError } from '../../http/errors.ts';
import { BijstandsnormResultaatSchema, WatAlsResultaatSchema } from './rules.schemas.ts';
import { bijstandsnormBerekenen, watAlsBerekenen } from './rules.service.ts';

const valid = {
  peildatum: '2026-01-15',
  aanvrager: { geboortedatum: '1980-05-01' },
  kinderenOnder18: 0,
  medebewoners: [
    {
      naam: 'zus',
      geboortedatum: '1978-02-02',
      relatie: 'broer-zus',
      commercieleHuur: false,
      studiefinanciering: false,
      bbl: false,
      mantelzorg: false,
    },
  ],
};

function errorsOf(raw: unknown): FieldError[] {
  try {
    bijstandsnormBerekenen(raw);
  } catch (error) {
    assert.ok(error instanceof DomainError);
    assert.equal(error.code, 'validation');
    assert.equal(error.message, 'De invoer voor de berekening is niet goed');
    return error.errors ?? [];
  }
  assert.fail('expected a validation error');
}

const edit = (change: (input: typeof valid & Record<string, unknown>) => void) => {
  const input = structuredClone(valid) as typeof valid & Record<string, unknown>;
  change(input);
  return input;
};

test('valid input gives a result that matches the output schema', () => {
  const result = bijstandsnormBerekenen(valid);
  assert.equal(result.totaalCent, 100107);
  assert.equal(result.kostendelers, 2);
  assert.equal(BijstandsnormResultaatSchema.safeParse(result).success, true);
});

test('an unknown relation names the field and lists the choices', () => {
  const errors = errorsOf(edit((i) => Object.assign(i.medebewoners[0]!, { relatie: 'neef' })));
  assert.deepEqual(errors, [
    {
      path: 'medebewoners[0].relatie',
      message:
        'De relatie van medebewoner 1 is onbekend: "neef". Kies uit: kind, ouder, broer-zus, grootouder, kleinkind, overige-familie, geen-familie.',
    },
  ]);
});

test('a peildatum outside the tables', () => {
  const errors = errorsOf(edit((i) => Object.assign(i, { peildatum: '2024-06-01' })));
  assert.equal(errors[0]?.path, 'peildatum');
  assert.match(errors[0]?.message ?? '', /Voor de peildatum 1-6-2024 zijn geen bijstandsnormen beschikbaar/);
});

test("a peildatum before a person's birth", () => {
  const errors = errorsOf(edit((i) => Object.assign(i.medebewoners[0]!, { geboortedatum: '2026-03-01' })));
  assert.deepEqual(errors, [
    {
      path: 'medebewoners[0].geboortedatum',
      message: 'De geboortedatum van medebewoner 1 (1-3-2026) ligt na de peildatum (15-1-2026).',
    },
  ]);
  const claimant = errorsOf(edit((i) => Object.assign(i.aanvrager, { geboortedatum: '2027-01-01' })));
  assert.equal(claimant[0]?.path, 'aanvrager.geboortedatum');
});

test('a claimant or partner younger than 18', () => {
  const young = errorsOf(edit((i) => Object.assign(i.aanvrager, { geboortedatum: '2008-01-16' })));
  assert.equal(young[0]?.path, 'aanvrager.geboortedatum');
  assert.match(
    young[0]?.message ?? '',
    /^De aanvrager is op de peildatum 17 jaar\. .*vanaf 18 jaar \(art\. 20\)/,
  );
  assert.equal(
    bijstandsnormBerekenen(edit((i) => Object.assign(i.aanvrager, { geboortedatum: '2008-01-15' })))
      .totaalCent,
    34599,
  );
  const partner = errorsOf(edit((i) => Object.assign(i, { partner: { geboortedatum: '2010-01-01' } })));
  assert.equal(partner[0]?.path, 'partner.geboortedatum');
  assert.match(partner[0]?.message ?? '', /^De partner is op de peildatum 16 jaar/);
});

test('shape errors: missing fields, impossible dates, wrong types, unknown fields, all reported together', () => {
  const errors = errorsOf({
    peildatum: '2025-02-29',
    aanvrager: {},
    kinderenOnder18: -1,
    medebewoners: [
      {
        geboortedatum: '1970-01-01',
        relatie: 'kind',
        commercieleHuur: 'nee',
        studiefinanciering: false,
        bbl: false,
      },
    ],
    huisdier: 'kat',
  });
  assert.deepEqual(errors, [
    {
      path: 'peildatum',
      message:
        'De peildatum is geen bestaande datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2026-01-15.',
    },
    { path: 'aanvrager.geboortedatum', message: 'De geboortedatum van de aanvrager ontbreekt.' },
    {
      path: 'kinderenOnder18',
      message: 'Het aantal kinderen onder 18 (kinderenOnder18) moet minimaal 0 zijn.',
    },
    {
      path: 'medebewoners[0].commercieleHuur',
      message:
        'Het veld commercieleHuur van medebewoner 1 heeft een verkeerde waarde. Verwacht: true of false.',
    },
    { path: 'medebewoners[0].mantelzorg', message: 'Het veld mantelzorg van medebewoner 1 ontbreekt.' },
    { path: 'huisdier', message: 'De invoer bevat een onbekend veld: "huisdier". Controleer de spelling.' },
  ]);
});

test('not an object, and a fractional number of children', () => {
  assert.deepEqual(errorsOf([1, 2]), [
    { path: '', message: 'De invoer heeft een verkeerde waarde. Verwacht: een object { … }.' },
  ]);
  const kids = errorsOf(edit((i) => Object.assign(i, { kinderenOnder18: 1.5 })));
  assert.equal(
    kids[0]?.message,
    'Het aantal kinderen onder 18 (kinderenOnder18) heeft een verkeerde waarde. Verwacht: een heel getal.',
  );
});

test('what-if through the service validates the change as well', () => {
  const result = watAlsBerekenen({ huishouden: valid, wijziging: { soort: 'verhuist', naam: 'zus' } });
  assert.equal(result.verschilPerMaandCent, 40043);
  assert.equal(WatAlsResultaatSchema.safeParse(result).success, true);
  try {
    watAlsBerekenen({ huishouden: valid, wijziging: { soort: 'verhuizen', naam: 'zus' } });
    assert.fail('expected a validation error');
  } catch (error) {
    assert.ok(error instanceof DomainError);
    assert.equal(error.errors?.[0]?.path, 'wijziging.soort');
    assert.match(error.errors?.[0]?.message ?? '', /kies "verhuist" .* of "komt-wonen"/);
  }
});
