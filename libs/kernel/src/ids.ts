import { randomUUID } from 'node:crypto';

export type Id = string;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

export function newId(): Id {
  return randomUUID();
}

export function isId(value: unknown): value is Id {
  return typeof value === 'string' && UUID.test(value);
}
