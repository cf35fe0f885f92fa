import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ProvisionStructureCommand } from '@preau/contracts';
import { STRUCTURE_WRITER, type StructureWriter } from '../../ports/structure-writer';

/** Provisions a whole structure in one unit of work (the demo academy; ONDE imports will build on it). */
@CommandHandler(ProvisionStructureCommand)
export class ProvisionStructureHandler implements ICommandHandler<ProvisionStructureCommand, void> {
  constructor(@Inject(STRUCTURE_WRITER) private readonly writer: StructureWriter) {}

  execute({ structure }: ProvisionStructureCommand): Promise<void> {
    return this.writer.provision(structure);
  }
}
