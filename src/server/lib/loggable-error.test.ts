import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { loggableError } from './loggable-error.ts';

test('a failed query is logged by statement and SQLSTATE, without its parameters or PostgreSQL message', () => {
  const cause = Object.assign(new Error('invalid input syntax for type uuid: "999990019"'), {
    code: '22P02',
    table: 'persons',
  });
  const error = new DrizzleQueryError('SELECT * FROM persons WHERE bsn = $1', ['999990019', 'Jansen'], cause);
  const logged = loggableError(error);
  assert.deepEqual(logged, {
    name: 'Error',
    query: 'SELECT * FROM persons WHERE bsn = $1',
    code: '22P02',
    constraint: undefined,
    table: 'persons',
  });
  assert.doesNotMatch(JSON.stringify(logged), /999990019|Jansen/);
});

test('a PostgreSQL error keeps its code, any other error its message', () => {
  const unique = Object.assign(new Error('duplicate key value'), {
    code: '23505',
    constraint: 'persons_bsn_key',
  });
  assert.deepEqual(loggableError(unique), { name: 'Error', code: '23505', constraint: 'persons_bsn_key' });
  assert.deepEqual(loggableError(new TypeError('x is undefined')), {
    name: 'TypeError',
    message: 'x is undefined',
  });
  assert.deepEqual(loggableError('thrown text'), { name: 'string' });
});
