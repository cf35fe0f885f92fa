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
    passwordHash: { type: 'string', length: 255 },
    blocked: { type: 'boolean' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    passwordChangedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
