// Test doubles for handler specs (`@preau/platform/testing`): only spec files may import them (lint-enforced).
export * from './fakes';
