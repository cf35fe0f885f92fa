import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DirectoryIsEmptyQuery } from '@preau/contracts';
import { STRUCTURE_WRITER, type StructureWriter } from '../../ports/structure-writer';

/** Whether no academy exists yet: the demo seed provisions only a fresh database. */
@QueryHandler(DirectoryIsEmptyQuery)
export class DirectoryIsEmptyHandler implements IQueryHandler<DirectoryIsEmptyQuery, boolean> {
  constructor(@Inject(STRUCTURE_WRITER) private readonly writer: StructureWriter) {}

  execute(): Promise<boolean> {
    return this.writer.isEmpty();
  }
}
