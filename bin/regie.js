#!/usr/bin/env node
// The `regie` command. TypeScript is loaded through tsx so the same sources run in dev, tests and production.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
