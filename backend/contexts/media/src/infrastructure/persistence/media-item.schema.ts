import { BigIntType, EntitySchema } from '@mikro-orm/core';
import { MediaFolder } from '../../domain/media-folder/media-folder';
import { MediaItem } from '../../domain/media-item/media-item';

export const MediaItemSchema = new EntitySchema<MediaItem>({
  class: MediaItem,
  tableName: 'item',
  schema: 'media',
  properties: {
    id: { type: 'uuid', primary: true },
    ownerId: { type: 'uuid' },
    kind: { type: 'string', length: 10 },
    title: { type: 'string', length: 200 },
    status: { type: 'string', length: 12 },
    failureReason: { type: 'string', length: 30, nullable: true },
    failureMessage: { type: 'string', length: 300, nullable: true },
    mimeType: { type: 'string', length: 150, nullable: true },
    size: { type: new BigIntType('number'), nullable: true },
    url: { type: 'string', length: 2000, nullable: true },
    folderId: { type: 'uuid', nullable: true },
    metadata: { type: 'json' },
    renditions: { type: 'json' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    processedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    finished: { type: 'boolean', persist: false, getter: true },
    storedBytes: { type: 'number', persist: false, getter: true },
  },
});

export const MediaFolderSchema = new EntitySchema<MediaFolder>({
  class: MediaFolder,
  tableName: 'folder',
  schema: 'media',
  properties: {
    id: { type: 'uuid', primary: true },
    ownerId: { type: 'uuid' },
    name: { type: 'string', length: 100 },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
