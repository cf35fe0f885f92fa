import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AdminClassView, AdminSchoolView } from '@preau/contracts';
import {
  createClassRequestSchema,
  createSchoolRequestSchema,
  movePupilsRequestSchema,
  updateClassRequestSchema,
  updateSchoolRequestSchema,
} from '@preau/contracts/schemas';
import { type AuthenticatedUser, Bus, CurrentUser } from '@preau/platform';
import { createZodDto } from 'nestjs-zod';
import { CreateClassCommand } from '../../application/commands/create-class/create-class.command';
import { CreateSchoolCommand } from '../../application/commands/create-school/create-school.command';
import { MovePupilsCommand } from '../../application/commands/move-pupils/move-pupils.command';
import { UpdateClassCommand } from '../../application/commands/update-class/update-class.command';
import { UpdateSchoolCommand } from '../../application/commands/update-school/update-school.command';
import { GetSchoolQuery } from '../../application/queries/get-school/get-school.query';

class CreateSchoolDto extends createZodDto(createSchoolRequestSchema) {}
class UpdateSchoolDto extends createZodDto(updateSchoolRequestSchema) {}
class CreateClassDto extends createZodDto(createClassRequestSchema) {}
class UpdateClassDto extends createZodDto(updateClassRequestSchema) {}
class MovePupilsDto extends createZodDto(movePupilsRequestSchema) {}

const uuid = new ParseUUIDPipe({ version: undefined });

/** Schools and classes administered from the console (docs/product/access-rules.md, section 5; decision 0010). */
@ApiTags('directory')
@Controller('admin')
export class AdminStructuresController {
  constructor(private readonly bus: Bus) {}

  @Post('schools')
  @ApiOperation({ summary: 'Create a school of my academy (academy administrator): name, UAI, address, director' })
  createSchool(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateSchoolDto): Promise<AdminSchoolView> {
    return this.bus.command(new CreateSchoolCommand(user.id, body));
  }

  @Get('schools/:schoolId')
  @ApiOperation({ summary: 'A school I run: UAI, address, directors, how many classes' })
  school(@CurrentUser() user: AuthenticatedUser, @Param('schoolId', uuid) schoolId: string): Promise<AdminSchoolView> {
    return this.bus.query(new GetSchoolQuery(user.id, schoolId));
  }

  @Patch('schools/:schoolId')
  @ApiOperation({ summary: 'Edit a school (academy administrator: all; its director: name and address)' })
  updateSchool(
    @CurrentUser() user: AuthenticatedUser,
    @Param('schoolId', uuid) schoolId: string,
    @Body() body: UpdateSchoolDto,
  ): Promise<AdminSchoolView> {
    return this.bus.command(new UpdateSchoolCommand(user.id, schoolId, body));
  }

  @Post('schools/:schoolId/classes')
  @ApiOperation({ summary: 'Create a class of a school I run (levels, teachers; the current school year by default)' })
  createClass(
    @CurrentUser() user: AuthenticatedUser,
    @Param('schoolId', uuid) schoolId: string,
    @Body() body: CreateClassDto,
  ): Promise<AdminClassView> {
    return this.bus.command(new CreateClassCommand(user.id, schoolId, body));
  }

  @Patch('classes/:classId')
  @ApiOperation({ summary: 'Rename a class, change its levels, replace its teachers' })
  updateClass(
    @CurrentUser() user: AuthenticatedUser,
    @Param('classId', uuid) classId: string,
    @Body() body: UpdateClassDto,
  ): Promise<AdminClassView> {
    return this.bus.command(new UpdateClassCommand(user.id, classId, body));
  }

  @Post('classes/:classId/pupils')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move pupils of the school into this class (this school year)' })
  movePupils(
    @CurrentUser() user: AuthenticatedUser,
    @Param('classId', uuid) classId: string,
    @Body() body: MovePupilsDto,
  ): Promise<AdminClassView> {
    return this.bus.command(new MovePupilsCommand(user.id, classId, body.pupilIds));
  }
}
