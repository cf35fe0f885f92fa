import { Injectable } from '@nestjs/common';
import { type ClassAccess, GetClassAccessQuery } from '@preau/contracts';
import { Bus } from '../bus/bus';
import type { ClassAccessPort } from './class-access';

/** The class-access port answered by the directory, through the bus (inside the caller's unit of work). */
@Injectable()
export class BusClassAccess implements ClassAccessPort {
  constructor(private readonly bus: Bus) {}

  of(personId: string, classId: string): Promise<ClassAccess> {
    return this.bus.query(new GetClassAccessQuery(personId, classId));
  }
}
