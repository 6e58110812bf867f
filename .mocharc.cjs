// Mocha adds files named on the command line to the configured `spec`, so `npx mocha test/unit/x.test.ts`
// would run the whole unit suite. Name the whole suite only when no test file is given.
const named = process.argv.slice(2).some((a) => !a.startsWith('-') && /(\.test\.ts|\*)/.test(a));

module.exports = {
  ...(named ? {} : { spec: ['test/unit/**/*.test.ts'] }),
  'node-option': ['import=tsx'],
  timeout: 20000,
  reporter: 'spec',
};
