import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AdminUserView, CreatedStaffView, Page } from '@preau/contracts';
import { createStaffRequestSchema, listUsersQuerySchema } from '@preau/contracts/schemas';
import { type AuthenticatedUser, Bus, CurrentUser } from '@preau/platform';
import { createZodDto } from 'nestjs-zod';
import { CreateStaffCommand } from '../../application/commands/create-staff/create-staff.command';
import { GetAdminUserQuery } from '../../application/queries/get-admin-user/get-admin-user.query';
import { ListAdminUsersQuery } from '../../application/queries/list-admin-users/list-admin-users.query';

class ListUsersQueryDto extends createZodDto(listUsersQuerySchema) {}
class CreateStaffDto extends createZodDto(createStaffRequestSchema) {}

/** The console's people (docs/product/access-rules.md, Administration): whom the actor administers, and new staff. */
@ApiTags('admin')
@Controller('admin')
export class PeopleController {
  constructor(private readonly bus: Bus) {}

  @Get('users')
  @ApiOperation({
    summary:
      "The people the caller administers (a school's with schoolId, a class's with classId: its pupils, teachers and pupils' parents), searched by name or login, paged",
  })
  list(@CurrentUser() user: AuthenticatedUser, @Query() query: ListUsersQueryDto): Promise<Page<AdminUserView>> {
    return this.bus.query(
      new ListAdminUsersQuery(
        user.id,
        query.schoolId ?? null,
        query.q ?? null,
        query.cursor ?? null,
        query.limit,
        query.classId ?? null,
      ),
    );
  }

  @Get('users/:id')
  @ApiOperation({
    summary: "One person the caller administers, with their classes, schools and (a parent's) children; 404 otherwise",
  })
  get(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<AdminUserView> {
    return this.bus.query(new GetAdminUserQuery(user.id, id));
  }

  @Post('schools/:schoolId/staff')
  @ApiOperation({
    summary:
      'A teacher (or, for an academy administrator, a director) joins the school: 201 with the activation code to hand over',
  })
  createStaff(
    @CurrentUser() user: AuthenticatedUser,
    @Param('schoolId', ParseUUIDPipe) schoolId: string,
    @Body() body: CreateStaffDto,
  ): Promise<CreatedStaffView> {
    return this.bus.command(new CreateStaffCommand(user.id, schoolId, body));
  }
}
