import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  // The templates are not code of this project: they become code of the context they are written into.
  { ignores: ['src/generators/*/files/**'] },
];
