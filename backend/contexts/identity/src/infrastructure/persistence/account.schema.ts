import { EntitySchema } from '@mikro-orm/core';
import { ROLES } from '@preau/contracts';
import { Account } from '../../domain/account/account';

export const AccountSchema = new EntitySchema<Account>({
  class: Account,
  tableName: 'account',
  schema: 'identity',
  properties: {
    id: { type: 'uuid', primary: true },
    login: { type: 'string', length: 100 },
    displayName: { type: 'string', length: 200 },
    role: { enum: true, items: () => [...ROLES] },
    passwordHash: { type: 'string', length: 255, nullable: true },
    blocked: { type: 'boolean' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    passwordChangedAt: { type: 'Date', columnType: 'timestamptz' },
    mustChangePassword: { type: 'boolean' },
    firstPasswordVersion: { type: 'integer', nullable: true },
    cardVersion: { type: 'integer', nullable: true },
    activationVersion: { type: 'integer', nullable: true },
    activationLookup: { type: 'string', length: 32, nullable: true },
    activationExpiresAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    activatedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    email: { type: 'string', length: 200, nullable: true },
  },
});
