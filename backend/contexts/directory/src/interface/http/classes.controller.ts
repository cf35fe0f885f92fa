import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  type AdminClassView,
  type AdminSchoolView,
  type ClassMembersView,
  type ClassView,
  type PartnershipView,
  type SchoolView,
} from '@preau/contracts';
import {
  changeSettingsRequestSchema,
  requestPartnershipSchema,
  schoolSwitchesRequestSchema,
  switchModulesRequestSchema,
} from '@preau/contracts/schemas';
import { type AuthenticatedUser, Bus, CurrentUser } from '@preau/platform';
import { createZodDto } from 'nestjs-zod';
import { AcceptPartnershipCommand } from '../../application/commands/accept-partnership/accept-partnership.command';
import { ChangeClassSettingsCommand } from '../../application/commands/change-class-settings/change-class-settings.command';
import { EndPartnershipCommand } from '../../application/commands/end-partnership/end-partnership.command';
import { RequestPartnershipCommand } from '../../application/commands/request-partnership/request-partnership.command';
import { SetSchoolSwitchesCommand } from '../../application/commands/set-school-switches/set-school-switches.command';
import { SwitchModulesCommand } from '../../application/commands/switch-modules/switch-modules.command';
import { GetClassQuery } from '../../application/queries/get-class/get-class.query';
import { GetClassMembersQuery } from '../../application/queries/get-class-members/get-class-members.query';
import { ListAdministeredSchoolsQuery } from '../../application/queries/list-administered-schools/list-administered-schools.query';
import { ListSchoolClassesQuery } from '../../application/queries/list-school-classes/list-school-classes.query';

class SwitchModulesDto extends createZodDto(switchModulesRequestSchema) {}
class ChangeSettingsDto extends createZodDto(changeSettingsRequestSchema) {}
class RequestPartnershipDto extends createZodDto(requestPartnershipSchema) {}
class SchoolSwitchesDto extends createZodDto(schoolSwitchesRequestSchema) {}

const uuid = new ParseUUIDPipe({ version: undefined });

@ApiTags('directory')
@Controller()
export class ClassesController {
  constructor(private readonly bus: Bus) {}

  @Get('classes/:classId')
  @ApiOperation({ summary: 'A class: modules, settings, and what I may do in it' })
  getClass(@CurrentUser() user: AuthenticatedUser, @Param('classId', uuid) classId: string): Promise<ClassView> {
    return this.bus.query(new GetClassQuery(user.id, classId));
  }

  @Patch('classes/:classId/modules')
  @ApiOperation({ summary: "Switch the class's modules on or off (teacher of the class, director)" })
  switchModules(
    @CurrentUser() user: AuthenticatedUser,
    @Param('classId', uuid) classId: string,
    @Body() body: SwitchModulesDto,
  ): Promise<ClassView> {
    return this.bus.command(new SwitchModulesCommand(user.id, classId, body));
  }

  @Patch('classes/:classId/settings')
  @ApiOperation({
    summary: "Change the class's settings (comment moderation, held pupil messages, blog shared with partners)",
  })
  changeSettings(
    @CurrentUser() user: AuthenticatedUser,
    @Param('classId', uuid) classId: string,
    @Body() body: ChangeSettingsDto,
  ): Promise<ClassView> {
    return this.bus.command(new ChangeClassSettingsCommand(user.id, classId, body));
  }

  @Get('classes/:classId/members')
  @ApiOperation({ summary: 'Pupils and teachers of the class (teachers and staff also see the parents)' })
  members(@CurrentUser() user: AuthenticatedUser, @Param('classId', uuid) classId: string): Promise<ClassMembersView> {
    return this.bus.query(new GetClassMembersQuery(user.id, classId));
  }

  @Post('classes/:classId/partnerships')
  @ApiOperation({ summary: 'Ask another class to become partners (pending until its teacher accepts)' })
  requestPartnership(
    @CurrentUser() user: AuthenticatedUser,
    @Param('classId', uuid) classId: string,
    @Body() body: RequestPartnershipDto,
  ): Promise<PartnershipView> {
    return this.bus.command(new RequestPartnershipCommand(user.id, classId, body.partnerClassId));
  }

  @Post('partnerships/:id/accept')
  @HttpCode(200)
  @ApiOperation({ summary: "Accept a partnership (only the other class's teacher)" })
  acceptPartnership(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<PartnershipView> {
    return this.bus.command(new AcceptPartnershipCommand(user.id, id));
  }

  @Delete('partnerships/:id')
  @HttpCode(204)
  @ApiOperation({ summary: 'End a partnership (a teacher of either class)' })
  async endPartnership(@CurrentUser() user: AuthenticatedUser, @Param('id', uuid) id: string): Promise<void> {
    await this.bus.command(new EndPartnershipCommand(user.id, id));
  }

  @Get('admin/schools')
  @ApiOperation({ summary: 'The schools I run (director: mine; academy administrator: the academy’s)' })
  schools(@CurrentUser() user: AuthenticatedUser): Promise<AdminSchoolView[]> {
    return this.bus.query(new ListAdministeredSchoolsQuery(user.id));
  }

  @Get('admin/schools/:schoolId/classes')
  @ApiOperation({ summary: 'The classes of a school I run' })
  schoolClasses(
    @CurrentUser() user: AuthenticatedUser,
    @Param('schoolId', uuid) schoolId: string,
  ): Promise<AdminClassView[]> {
    return this.bus.query(new ListSchoolClassesQuery(user.id, schoolId));
  }

  @Put('admin/schools/:schoolId/switches')
  @ApiOperation({ summary: 'Emergency switches: a module off for the whole school' })
  switches(
    @CurrentUser() user: AuthenticatedUser,
    @Param('schoolId', uuid) schoolId: string,
    @Body() body: SchoolSwitchesDto,
  ): Promise<SchoolView> {
    return this.bus.command(new SetSchoolSwitchesCommand(user.id, schoolId, body));
  }
}
