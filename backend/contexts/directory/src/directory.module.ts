import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { ChangeClassSettingsHandler, SwitchModulesHandler } from './application/commands/class.handlers';
import { CreateGroupHandler, DeleteGroupHandler, UpdateGroupHandler } from './application/commands/group.handlers';
import { AcceptPartnershipHandler, EndPartnershipHandler, RequestPartnershipHandler } from './application/commands/partnership.handlers';
import { ProvisionStructureHandler, SetSchoolSwitchesHandler } from './application/commands/school.handlers';
import { DIRECTORY_GRAPH_SOURCE } from './application/ports/directory-graph.source';
import { CLASS_REPOSITORY, GROUP_REPOSITORY, PARTNERSHIP_REPOSITORY, SCHOOL_REPOSITORY, STRUCTURE_WRITER } from './application/ports/repositories';
import { GetClassAccessHandler, GetClassHandler, GetClassMembersHandler } from './application/queries/class.handlers';
import { DirectoryIsEmptyHandler, GetPlacementHandler, ListAllowedRecipientsHandler, MayManageAccountHandler, MayWriteToHandler } from './application/queries/people.handlers';
import { ListGroupsHandler } from './application/queries/group.handlers';
import { AddressMessageHandler, DescribeMessagingPeopleHandler, ListClassTeachersHandler, ListRecipientGroupsHandler } from './application/queries/messaging.handlers';
import { ListAdministeredSchoolsHandler, ListSchoolClassesHandler } from './application/queries/school.handlers';
import { PartnershipSchema, PupilGroupSchema, SchoolClassSchema, SchoolSchema } from './infrastructure/persistence/directory.schemas';
import { MikroOrmClassRepository, MikroOrmGroupRepository, MikroOrmPartnershipRepository, MikroOrmSchoolRepository } from './infrastructure/persistence/mikro-orm-directory.repositories';
import { SqlDirectoryGraphSource } from './infrastructure/persistence/sql-directory-graph.source';
import { SqlStructureWriter } from './infrastructure/persistence/sql-structure.writer';
import { ClassesController } from './interface/http/classes.controller';
import { GroupsController } from './interface/http/groups.controller';

/** Directory: academies, schools, classes, people's places, partner classes, switches, and the access rules. */
@Module({
  imports: [MikroOrmModule.forFeature([SchoolClassSchema, SchoolSchema, PartnershipSchema, PupilGroupSchema])],
  controllers: [ClassesController, GroupsController],
  providers: [
    { provide: DIRECTORY_GRAPH_SOURCE, useClass: SqlDirectoryGraphSource },
    { provide: CLASS_REPOSITORY, useClass: MikroOrmClassRepository },
    { provide: SCHOOL_REPOSITORY, useClass: MikroOrmSchoolRepository },
    { provide: PARTNERSHIP_REPOSITORY, useClass: MikroOrmPartnershipRepository },
    { provide: STRUCTURE_WRITER, useClass: SqlStructureWriter },
    { provide: GROUP_REPOSITORY, useClass: MikroOrmGroupRepository },
    CreateGroupHandler,
    UpdateGroupHandler,
    DeleteGroupHandler,
    ListGroupsHandler,
    AddressMessageHandler,
    DescribeMessagingPeopleHandler,
    ListRecipientGroupsHandler,
    ListClassTeachersHandler,
    SwitchModulesHandler,
    ChangeClassSettingsHandler,
    RequestPartnershipHandler,
    AcceptPartnershipHandler,
    EndPartnershipHandler,
    SetSchoolSwitchesHandler,
    ProvisionStructureHandler,
    GetClassAccessHandler,
    GetClassHandler,
    GetClassMembersHandler,
    MayWriteToHandler,
    ListAllowedRecipientsHandler,
    GetPlacementHandler,
    DirectoryIsEmptyHandler,
    MayManageAccountHandler,
    ListAdministeredSchoolsHandler,
    ListSchoolClassesHandler,
  ],
})
export class DirectoryModule {}
