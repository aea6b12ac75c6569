/**
 * The explore features' pure logic, by module: filters (first view), search, table rows and the
 * delay chart (loaded with their views). This barrel is for tests and tools; components import
 * the module they need so that the first view carries only the filters.
 */
export * from './filters';
export * from './search';
export * from './combo';
export * from './tableRows';
export * from './delayRows';
