import fc from 'fast-check';

// Property tests explore fresh inputs on every local run; in CI they use a fixed seed so that a
// run is reproducible (`npm run fuzz` explores 10^6 fresh inputs). FC_SEED overrides both.
const seed = process.env['FC_SEED'] ? Number(process.env['FC_SEED']) : process.env['CI'] ? 20261123 : undefined;
if (seed !== undefined && Number.isInteger(seed)) fc.configureGlobal({ seed });
