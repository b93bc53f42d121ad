import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_CASE_SETTINGS } from '../../../server/features/deadlines/case-settings.ts';
import { DEFAULT_SIGNAL_SETTINGS as SERVER_SIGNAL_DEFAULTS } from '../../../server/features/signals/settings.ts';
import { DEFAULT_SIGNAL_SETTINGS, LAW_CASE_SETTINGS } from './defaults.ts';

// The web bundle repeats the server's standard values; these fail as soon as one side changes without the other.
test('the standard signal settings are the server’s', () => {
  assert.deepEqual(DEFAULT_SIGNAL_SETTINGS, SERVER_SIGNAL_DEFAULTS);
});

test('the law’s terms and board margins are the server’s', () => {
  assert.deepEqual(LAW_CASE_SETTINGS, DEFAULT_CASE_SETTINGS);
});
