import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Provision } from '../../../api/plans.ts';
import {
  costFieldTexts,
  emptyProvision,
  inputOf,
  parseQuantity,
  provisionErrorsFromServer,
  provisionFieldId,
  validateProvision,
  valuesOf,
} from './provisionForm.ts';
import { provisionTexts } from './texts.ts';

const e = provisionTexts.errors;

const WMO: Provision = {
  id: 'v1',
  law: 'wmo',
  product: 'Huishoudelijke ondersteuning',
  reference: null,
  personId: 'p1',
  startDate: '2026-12-01',
  endDate: null,
  extent: '3 uur per week',
  status: 'toegekend',
  decidedOn: '2026-11-23',
  legalBasis: 'art. 2.3.5 Wmo 2015',
  goalIds: ['g1'],
  extentQuantity: null,
  extentUnit: null,
  extentPer: null,
  providerId: null,
};

const COST = { extentQuantity: 2.5, extentUnit: 'uur', extentPer: 'week', providerId: 'o1' };

test('a provision goes to the form and back unchanged', () => {
  const { id: _id, ...input } = WMO;
  assert.deepEqual(inputOf(valuesOf({ ...WMO, ...COST })), { ...input, ...COST });
  assert.equal(valuesOf({ ...WMO, ...COST }).extentQuantity, '2,5', 'a Dutch decimal comma in the field');
});

test('the cost extent: all three or none, and a quantity above 0 with at most 2 decimals', () => {
  const base = valuesOf(WMO);
  assert.deepEqual(
    validateProvision({ ...base, extentQuantity: '3', extentUnit: 'uur', extentPer: 'week' }),
    {},
  );
  assert.deepEqual(validateProvision({ ...base, extentQuantity: '3' }), {
    [provisionFieldId('extentUnit')]: costFieldTexts.errors.incomplete,
    [provisionFieldId('extentPer')]: costFieldTexts.errors.incomplete,
  });
  for (const bad of ['0', '-1', '1,234', 'drie'])
    assert.equal(
      validateProvision({ ...base, extentQuantity: bad, extentUnit: 'uur', extentPer: 'week' })[
        provisionFieldId('extentQuantity')
      ],
      costFieldTexts.errors.quantity,
      bad,
    );
  assert.equal(parseQuantity('1,25'), 1.25);
});

test('a new provision starts today and sends empty optional fields as null', () => {
  const values = {
    ...emptyProvision('2026-11-23'),
    law: 'wmo',
    product: ' Rolstoel ',
    status: 'aangevraagd',
  };
  assert.deepEqual(inputOf(values), {
    law: 'wmo',
    product: 'Rolstoel',
    reference: null,
    personId: null,
    startDate: '2026-11-23',
    endDate: null,
    extent: null,
    status: 'aangevraagd',
    decidedOn: null,
    legalBasis: null,
    goalIds: [],
    extentQuantity: null,
    extentUnit: null,
    extentPer: null,
    providerId: null,
  });
});

test('the free reference is sent only for "another law"', () => {
  const values = { ...valuesOf(WMO), reference: 'Zvw wijkverpleging' };
  assert.equal(inputOf(values).reference, null);
  assert.equal(inputOf({ ...values, law: 'overig' }).reference, 'Zvw wijkverpleging');
});

test('validateProvision names each problem at its field', () => {
  assert.deepEqual(validateProvision(valuesOf(WMO)), {});
  const f = (field: string) => provisionFieldId(field, 'x');
  assert.deepEqual(validateProvision({ ...emptyProvision(''), law: 'overig' }, 'x'), {
    [f('product')]: e.product,
    [f('reference')]: e.reference,
    [f('startDate')]: e.startDate,
    [f('status')]: e.status,
  });
  assert.deepEqual(validateProvision({ ...valuesOf(WMO), law: '', endDate: '2026-11-30' }), {
    [provisionFieldId('law')]: e.law,
    [provisionFieldId('endDate')]: e.endBeforeStart,
  });
});

test('server errors land at their field; the rest is kept for the summary', () => {
  assert.deepEqual(
    provisionErrorsFromServer(
      [
        { path: 'body.goalIds.0', message: 'Dit doel staat niet in het plan' },
        { path: 'startDate', message: 'Vul de begindatum in' },
        { path: '(invoer)', message: 'Ongeldig' },
      ],
      'voorziening',
    ),
    {
      fields: {
        'voorziening-goalIds': 'Dit doel staat niet in het plan',
        'voorziening-startDate': 'Vul de begindatum in',
      },
      rest: ['Ongeldig'],
    },
  );
});

test('a decided provision needs its decision date, an ended one its end date (as the server says)', () => {
  assert.deepEqual(validateProvision({ ...valuesOf(WMO), decidedOn: '' }), {
    [provisionFieldId('decidedOn')]: e.decidedOn,
  });
  assert.deepEqual(validateProvision({ ...valuesOf(WMO), status: 'afgewezen', decidedOn: '' }), {
    [provisionFieldId('decidedOn')]: e.decidedOn,
  });
  assert.deepEqual(validateProvision({ ...valuesOf(WMO), status: 'beeindigd' }), {
    [provisionFieldId('endDate')]: e.endDate,
  });
  assert.deepEqual(validateProvision({ ...valuesOf(WMO), status: 'aangevraagd', decidedOn: '' }), {});
});
