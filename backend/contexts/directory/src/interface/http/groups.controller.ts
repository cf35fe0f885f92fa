import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { type GroupView } from '@preau/contracts';
import { createGroupRequestSchema, updateGroupRequestSchema } from '@preau/contracts/schemas';
import { type AuthenticatedUser, Bus, CurrentUser } from '@preau/platform';
import { createZodDto } from 'nestjs-zod';
import { CreateGroupCommand } from '../../application/commands/create-group/create-group.command';
import { DeleteGroupCommand } from '../../application/commands/delete-group/delete-group.command';
import { UpdateGroupCommand } from '../../application/commands/update-group/update-group.command';
import { ListGroupsQuery } from '../../application/queries/list-groups/list-groups.query';

class CreateGroupDto extends createZodDto(createGroupRequestSchema) {}
class UpdateGroupDto extends createZodDto(updateGroupRequestSchema) {}

@ApiTags('directory')
@Controller()
export class GroupsController {
  constructor(private readonly bus: Bus) {}

  @Get('classes/:classId/groups')
  @ApiOperation({ summary: "The class's groups of pupils (its teachers)" })
  list(@CurrentUser() user: AuthenticatedUser, @Param('classId', ParseUUIDPipe) classId: string): Promise<GroupView[]> {
    return this.bus.query(new ListGroupsQuery(user.id, classId));
  }

  @Post('classes/:classId/groups')
  @ApiOperation({ summary: 'Make a group of pupils of the class (its teachers)' })
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Param('classId', ParseUUIDPipe) classId: string,
    @Body() body: CreateGroupDto,
  ): Promise<GroupView> {
    return this.bus.command(new CreateGroupCommand(user.id, classId, body.name, body.pupilIds));
  }

  @Patch('groups/:id')
  @ApiOperation({ summary: 'Rename a group or change its pupils' })
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateGroupDto,
  ): Promise<GroupView> {
    return this.bus.command(new UpdateGroupCommand(user.id, id, body));
  }

  @Delete('groups/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a group' })
  async remove(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    await this.bus.command(new DeleteGroupCommand(user.id, id));
  }
}
