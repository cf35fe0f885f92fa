import { checkRule, type Id, rule } from '@preau/kernel';

/** A personal folder of the media library (one level: enough for a class's year). */
export class MediaFolder {
  constructor(
    readonly id: Id,
    readonly ownerId: Id,
    public name: string,
    readonly createdAt: Date,
  ) {}

  static create(props: { id: Id; ownerId: Id; name: string; now: Date }): MediaFolder {
    const folder = new MediaFolder(props.id, props.ownerId, '', props.now);
    folder.rename(props.name);
    return folder;
  }

  rename(name: string): void {
    const trimmed = name.trim().replace(/\s+/g, ' ');
    checkRule(
      rule(
        'AFolderHasAName',
        'VALIDATION_FAILED',
        'A folder name has 1 to 100 characters.',
        () => trimmed.length === 0 || trimmed.length > 100,
      ),
    );
    this.name = trimmed;
  }
}
