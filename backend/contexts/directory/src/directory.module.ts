import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { AcceptPartnershipHandler } from './application/commands/accept-partnership/accept-partnership.handler';
import { ApplyRosterHandler } from './application/commands/apply-roster/apply-roster.handler';
import { ChangeClassSettingsHandler } from './application/commands/change-class-settings/change-class-settings.handler';
import { CreateClassHandler } from './application/commands/create-class/create-class.handler';
import { CreateSchoolHandler } from './application/commands/create-school/create-school.handler';
import { MovePupilsHandler } from './application/commands/move-pupils/move-pupils.handler';
import { UpdateClassHandler } from './application/commands/update-class/update-class.handler';
import { UpdateSchoolHandler } from './application/commands/update-school/update-school.handler';
import { GetSchoolHandler } from './application/queries/get-school/get-school.handler';
import { SCHOOL_YEARS_READ_MODEL } from './application/ports/school-years';
import { ACADEMY_REPOSITORY } from './domain/academy/academy.repository';
import { SCHOOL_YEAR_REPOSITORY } from './domain/school-year/school-year.repository';
import { AcademyAdminSchema, AcademySchema } from './infrastructure/persistence/academy.schema';
import { MikroOrmAcademyRepository } from './infrastructure/persistence/mikro-orm-academy.repository';
import { MikroOrmSchoolYearRepository } from './infrastructure/persistence/mikro-orm-school-year.repository';
import { SchoolYearSchema } from './infrastructure/persistence/school-year.schema';
import { ENROLMENT_REPOSITORY } from './domain/enrolment/enrolment.repository';
import { EnrolmentSchema } from './infrastructure/persistence/enrolment.schema';
import { MikroOrmEnrolmentRepository } from './infrastructure/persistence/mikro-orm-enrolment.repository';
import { SqlSchoolYearsReadModel } from './infrastructure/persistence/sql-school-years.read-model';
import { AdminStructuresController } from './interface/http/admin-structures.controller';
import { CreateGroupHandler } from './application/commands/create-group/create-group.handler';
import { DeleteGroupHandler } from './application/commands/delete-group/delete-group.handler';
import { EndPartnershipHandler } from './application/commands/end-partnership/end-partnership.handler';
import { ProvisionStructureHandler } from './application/commands/provision-structure/provision-structure.handler';
import { RegisterStaffHandler } from './application/commands/register-staff/register-staff.handler';
import { RequestPartnershipHandler } from './application/commands/request-partnership/request-partnership.handler';
import { SetSchoolSwitchesHandler } from './application/commands/set-school-switches/set-school-switches.handler';
import { SwitchModulesHandler } from './application/commands/switch-modules/switch-modules.handler';
import { UpdateGroupHandler } from './application/commands/update-group/update-group.handler';
import { DIRECTORY_GRAPH_READ_MODEL } from './application/ports/directory-graph-read-model';
import { ROSTER_READ_MODEL } from './application/ports/roster-read-model';
import { AddressMessageHandler } from './application/queries/address-message/address-message.handler';
import { DescribeMessagingPeopleHandler } from './application/queries/describe-messaging-people/describe-messaging-people.handler';
import { DirectoryIsEmptyHandler } from './application/queries/directory-is-empty/directory-is-empty.handler';
import { GetClassAccessHandler } from './application/queries/get-class-access/get-class-access.handler';
import { GetClassHandler } from './application/queries/get-class/get-class.handler';
import { GetClassMembersHandler } from './application/queries/get-class-members/get-class-members.handler';
import { GetPlacementHandler } from './application/queries/get-placement/get-placement.handler';
import { GetSchoolRosterHandler } from './application/queries/get-school-roster/get-school-roster.handler';
import { ListAdministeredPeopleHandler } from './application/queries/list-administered-people/list-administered-people.handler';
import { ListAdministeredSchoolsHandler } from './application/queries/list-administered-schools/list-administered-schools.handler';
import { ListAllowedRecipientsHandler } from './application/queries/list-allowed-recipients/list-allowed-recipients.handler';
import { ListClassPupilsHandler } from './application/queries/list-class-pupils/list-class-pupils.handler';
import { ListClassTeachersHandler } from './application/queries/list-class-teachers/list-class-teachers.handler';
import { ListGroupsHandler } from './application/queries/list-groups/list-groups.handler';
import { ListRecipientGroupsHandler } from './application/queries/list-recipient-groups/list-recipient-groups.handler';
import { ListSchoolClassesHandler } from './application/queries/list-school-classes/list-school-classes.handler';
import { MayManageAccountHandler } from './application/queries/may-manage-account/may-manage-account.handler';
import { MayManageAccountsHandler } from './application/queries/may-manage-accounts/may-manage-accounts.handler';
import { MayWriteToHandler } from './application/queries/may-write-to/may-write-to.handler';
import { GROUP_REPOSITORY } from './domain/pupil-group/pupil-group.repository';
import { PARTNERSHIP_REPOSITORY } from './domain/partnership/partnership.repository';
import { PEOPLE_REPOSITORY } from './domain/person/person.repository';
import { SCHOOL_REPOSITORY } from './domain/school/school.repository';
import { CLASS_REPOSITORY } from './domain/school-class/school-class.repository';
import { MikroOrmPartnershipRepository } from './infrastructure/persistence/mikro-orm-partnership.repository';
import { MikroOrmPeopleRepository } from './infrastructure/persistence/mikro-orm-people.repository';
import { MikroOrmGroupRepository } from './infrastructure/persistence/mikro-orm-pupil-group.repository';
import { MikroOrmClassRepository } from './infrastructure/persistence/mikro-orm-school-class.repository';
import { MikroOrmSchoolRepository } from './infrastructure/persistence/mikro-orm-school.repository';
import { PartnershipSchema } from './infrastructure/persistence/partnership.schema';
import { PEOPLE_SCHEMAS } from './infrastructure/persistence/person.schema';
import { PupilGroupSchema } from './infrastructure/persistence/pupil-group.schema';
import { ClassTeacherSchema, SchoolClassSchema } from './infrastructure/persistence/school-class.schema';
import { SchoolDirectorSchema, SchoolSchema } from './infrastructure/persistence/school.schema';
import { SqlDirectoryGraphReadModel } from './infrastructure/persistence/sql-directory-graph.read-model';
import { SqlRosterReadModel } from './infrastructure/persistence/sql-roster.read-model';
import { ClassesController } from './interface/http/classes.controller';
import { GroupsController } from './interface/http/groups.controller';

/** Directory: academies, schools, classes, people's places, partner classes, switches, and the access rules. */
@Module({
  imports: [
    MikroOrmModule.forFeature([
      SchoolClassSchema,
      SchoolSchema,
      PartnershipSchema,
      PupilGroupSchema,
      SchoolDirectorSchema,
      ClassTeacherSchema,
      EnrolmentSchema,
      ...PEOPLE_SCHEMAS,
      AcademySchema,
      AcademyAdminSchema,
      SchoolYearSchema,
    ]),
  ],
  controllers: [ClassesController, GroupsController, AdminStructuresController],
  providers: [
    { provide: DIRECTORY_GRAPH_READ_MODEL, useClass: SqlDirectoryGraphReadModel },
    { provide: CLASS_REPOSITORY, useClass: MikroOrmClassRepository },
    { provide: SCHOOL_REPOSITORY, useClass: MikroOrmSchoolRepository },
    { provide: PARTNERSHIP_REPOSITORY, useClass: MikroOrmPartnershipRepository },
    { provide: GROUP_REPOSITORY, useClass: MikroOrmGroupRepository },
    { provide: ACADEMY_REPOSITORY, useClass: MikroOrmAcademyRepository },
    { provide: SCHOOL_YEAR_REPOSITORY, useClass: MikroOrmSchoolYearRepository },
    { provide: ENROLMENT_REPOSITORY, useClass: MikroOrmEnrolmentRepository },
    { provide: SCHOOL_YEARS_READ_MODEL, useClass: SqlSchoolYearsReadModel },
    { provide: PEOPLE_REPOSITORY, useClass: MikroOrmPeopleRepository },
    { provide: ROSTER_READ_MODEL, useClass: SqlRosterReadModel },
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
    CreateSchoolHandler,
    UpdateSchoolHandler,
    CreateClassHandler,
    UpdateClassHandler,
    MovePupilsHandler,
    ApplyRosterHandler,
    RegisterStaffHandler,
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
    GetSchoolHandler,
    GetSchoolRosterHandler,
    ListAdministeredPeopleHandler,
    MayManageAccountsHandler,
  ],
})
export class DirectoryModule {}
