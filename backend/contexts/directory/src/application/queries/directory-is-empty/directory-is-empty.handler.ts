import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DirectoryIsEmptyQuery } from '@preau/contracts';
import { ACADEMY_REPOSITORY, type AcademyRepository } from '../../../domain/academy/academy.repository';

/** Whether no academy exists yet: the demo seed provisions only a fresh database. */
@QueryHandler(DirectoryIsEmptyQuery)
export class DirectoryIsEmptyHandler implements IQueryHandler<DirectoryIsEmptyQuery, boolean> {
  constructor(@Inject(ACADEMY_REPOSITORY) private readonly academies: AcademyRepository) {}

  async execute(): Promise<boolean> {
    return (await this.academies.count()) === 0;
  }
}
