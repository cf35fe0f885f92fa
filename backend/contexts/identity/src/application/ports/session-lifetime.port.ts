export const SESSION_LIFETIME = Symbol('SessionLifetime');
