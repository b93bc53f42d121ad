export * from './audit.ts';
export * from './case.ts';
export * from './household.ts';
export * from './identity.ts';
export * from './organisation.ts';
export * from './privacy.ts';
export * from './provision.ts';
export * from './signal.ts';
