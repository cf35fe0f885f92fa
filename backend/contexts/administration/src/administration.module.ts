import { Module } from '@nestjs/common';

/** Administration: binds its ports to their adapters, registers its handlers and controllers. */
@Module({
  imports: [],
  controllers: [],
  providers: [],
})
export class AdministrationModule {}
