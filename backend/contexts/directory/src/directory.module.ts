import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { AcceptPartnershipHandler } from './application/commands/accept-partnership/accept-partnership.handler';
import { ChangeClassSettingsHandler } from './application/commands/change-class-settings/change-class-settings.handler';
import { CreateGroupHandler } from './application/commands/create-group/create-group.handler';
import { DeleteGroupHandler } from './application/commands/delete-group/delete-group.handler';
import { EndPartnershipHandler } from './application/commands/end-partnership/end-partnership.handler';
import { ProvisionStructureHandler } from './application/commands/provision-structure/provision-structure.handler';
import { RequestPartnershipHandler } from './application/commands/request-partnership/request-partnership.handler';
import { SetSchoolSwitchesHandler } from './application/commands/set-school-switches/set-school-switches.handler';
import { SwitchModulesHandler } from './application/commands/switch-modules/switch-modules.handler';
import { UpdateGroupHandler } from './application/commands/update-group/update-group.handler';
import { DIRECTORY_GRAPH_READ_MODEL } from './application/ports/directory-graph-read-model';
import { STRUCTURE_WRITER } from './application/ports/structure-writer';
import { AddressMessageHandler } from './application/queries/address-message/address-message.handler';
import { DescribeMessagingPeopleHandler } from './application/queries/describe-messaging-people/describe-messaging-people.handler';
import { DirectoryIsEmptyHandler } from './application/queries/directory-is-empty/directory-is-empty.handler';
import { GetClassAccessHandler } from './application/queries/get-class-access/get-class-access.handler';
import { GetClassHandler } from './application/queries/get-class/get-class.handler';
import { GetClassMembersHandler } from './application/queries/get-class-members/get-class-members.handler';
import { GetPlacementHandler } from './application/queries/get-placement/get-placement.handler';
import { ListAdministeredSchoolsHandler } from './application/queries/list-administered-schools/list-administered-schools.handler';
import { ListAllowedRecipientsHandler } from './application/queries/list-allowed-recipients/list-allowed-recipients.handler';
import { ListClassPupilsHandler } from './application/queries/list-class-pupils/list-class-pupils.handler';
import { ListClassTeachersHandler } from './application/queries/list-class-teachers/list-class-teachers.handler';
import { ListGroupsHandler } from './application/queries/list-groups/list-groups.handler';
import { ListRecipientGroupsHandler } from './application/queries/list-recipient-groups/list-recipient-groups.handler';
import { ListSchoolClassesHandler } from './application/queries/list-school-classes/list-school-classes.handler';
import { MayManageAccountHandler } from './application/queries/may-manage-account/may-manage-account.handler';
import { MayWriteToHandler } from './application/queries/may-write-to/may-write-to.handler';
import { GROUP_REPOSITORY } from './domain/pupil-group/pupil-group.repository';
import { PARTNERSHIP_REPOSITORY } from './domain/partnership/partnership.repository';
import { SCHOOL_REPOSITORY } from './domain/school/school.repository';
import { CLASS_REPOSITORY } from './domain/school-class/school-class.repository';
import { MikroOrmPartnershipRepository } from './infrastructure/persistence/mikro-orm-partnership.repository';
import { MikroOrmGroupRepository } from './infrastructure/persistence/mikro-orm-pupil-group.repository';
import { MikroOrmClassRepository } from './infrastructure/persistence/mikro-orm-school-class.repository';
import { MikroOrmSchoolRepository } from './infrastructure/persistence/mikro-orm-school.repository';
import { PartnershipSchema } from './infrastructure/persistence/partnership.schema';
import { PupilGroupSchema } from './infrastructure/persistence/pupil-group.schema';
import { SchoolClassSchema } from './infrastructure/persistence/school-class.schema';
import { SchoolSchema } from './infrastructure/persistence/school.schema';
import { SqlDirectoryGraphReadModel } from './infrastructure/persistence/sql-directory-graph.read-model';
import { SqlStructureWriter } from './infrastructure/persistence/sql-structure.writer';
import { ClassesController } from './interface/http/classes.controller';
import { GroupsController } from './interface/http/groups.controller';

/** Directory: academies, schools, classes, people's places, partner classes, switches, and the access rules. */
@Module({
  imports: [MikroOrmModule.forFeature([SchoolClassSchema, SchoolSchema, PartnershipSchema, PupilGroupSchema])],
  controllers: [ClassesController, GroupsController],
  providers: [
    { provide: DIRECTORY_GRAPH_READ_MODEL, useClass: SqlDirectoryGraphReadModel },
    { provide: CLASS_REPOSITORY, useClass: MikroOrmClassRepository },
    { provide: SCHOOL_REPOSITORY, useClass: MikroOrmSchoolRepository },
    { provide: PARTNERSHIP_REPOSITORY, useClass: MikroOrmPartnershipRepository },
    { provide: GROUP_REPOSITORY, useClass: MikroOrmGroupRepository },
    { provide: STRUCTURE_WRITER, useClass: SqlStructureWriter },
    // commands
    SwitchModulesHandler,
    ChangeClassSettingsHandler,
    RequestPartnershipHandler,
    AcceptPartnershipHandler,
    EndPartnershipHandler,
    SetSchoolSwitchesHandler,
    ProvisionStructureHandler,
    CreateGroupHandler,
    UpdateGroupHandler,
    DeleteGroupHandler,
    // queries
    GetClassAccessHandler,
    GetClassHandler,
    GetClassMembersHandler,
    ListGroupsHandler,
    AddressMessageHandler,
    DescribeMessagingPeopleHandler,
    ListRecipientGroupsHandler,
    ListClassPupilsHandler,
    ListClassTeachersHandler,
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
