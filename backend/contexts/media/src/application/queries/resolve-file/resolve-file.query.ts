import { Query } from '@preau/contracts';

export interface ResolvedFile {
  key: string;
  contentType: string;
  size: number;
  disposition: 'inline' | 'attachment';
  filename: string;
}

/** A signed link → the stored object it designates (the signature is the authorisation). */
export class ResolveFileQuery extends Query<ResolvedFile> {
  constructor(readonly token: string) {
    super();
  }
}
