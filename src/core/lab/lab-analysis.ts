/** What the lab session reads its database with, as one module it loads on first use (see lab-session.ts). */
export { inferRelationships } from '../relations/infer.js';
export { diffSchemas } from '../schema/diff-schemas.js';
export { introspectSchema } from '../schema/introspect.js';
export { tablesUsedByEach } from '../schema/query-tables.js';
