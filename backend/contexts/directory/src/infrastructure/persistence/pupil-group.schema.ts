import { EntitySchema } from '@mikro-orm/core';
import { PupilGroup } from '../../domain/pupil-group/pupil-group';

export const PupilGroupSchema = new EntitySchema<PupilGroup>({
  class: PupilGroup,
  tableName: 'pupil_group',
  schema: 'directory',
  properties: {
    id: { type: 'uuid', primary: true },
    classId: { type: 'uuid' },
    name: { type: 'string', length: 100 },
    pupilIds: { type: 'uuid[]', columnType: 'uuid[]' },
  },
});
