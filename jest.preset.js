const path = require('node:path');
const nxPreset = require('@nx/jest/preset').default;

module.exports = {
  ...nxPreset,
  passWithNoTests: true,
  reporters: ['default', path.join(__dirname, '.ci/jest-count-reporter.js')],
};
