import { EntitySchema } from '@mikro-orm/core';
import { Partnership } from '../../domain/partnership/partnership';

export const PartnershipSchema = new EntitySchema<Partnership>({
  class: Partnership,
  tableName: 'partnership',
  schema: 'directory',
  properties: {
    id: { type: 'uuid', primary: true },
    requesterClassId: { type: 'uuid' },
    partnerClassId: { type: 'uuid' },
    requestedBy: { type: 'uuid' },
    status: { type: 'string', length: 10 },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    acceptedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
  },
});
