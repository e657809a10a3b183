export * from './evaluate';
export * from './localize';
export * from './presets';
export * from './schema';
export * from './ticket-sla';
export * from './types';
export * from './validate';
export * from './status-labels';
