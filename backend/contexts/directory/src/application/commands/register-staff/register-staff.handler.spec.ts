import { RegisterStaffCommand, type StaffToRegister } from '@preau/contracts';
import { demoDirectory } from '../../../testing/demo-directory';
import { RegisterStaffHandler } from './register-staff.handler';

const teacher: StaffToRegister = {
  id: 'new.prof',
  role: 'TEACHER',
  firstName: 'Jean',
  lastName: 'Neuf',
  email: 'jean.neuf@example.fr',
};
const director: StaffToRegister = {
  id: 'curie.direction',
  role: 'SCHOOL_ADMIN',
  firstName: 'Rose',
  lastName: 'Valland',
  email: null,
};

describe('RegisterStaffHandler', () => {
  const setup = () => {
    const directory = demoDirectory();
    const handler = new RegisterStaffHandler(directory.graphs, directory.people, directory.schools);
    const register = (actor: string, schoolId: string, staff: StaffToRegister) =>
      handler.execute(new RegisterStaffCommand(actor, schoolId, staff));
    return { directory, register };
  };

  it("lets the school's director register a teacher, who belongs to the school before any class is theirs", async () => {
    const { directory, register } = setup();
    await register('ferry.direction', 'ferry', teacher);

    expect(directory.people.people.get('new.prof')).toMatchObject({
      role: 'TEACHER',
      displayName: 'Jean Neuf',
      email: 'jean.neuf@example.fr',
    });
    const graph = await directory.graphs.around({ personIds: ['new.prof'] });
    expect(graph.teachersOfSchool('ferry')).toContain('new.prof');
    expect(graph.schoolsWhereTeaches('new.prof')).toEqual(['ferry']);
    expect(graph.classesTaughtBy('new.prof')).toEqual([]);
    expect(graph.staffOfSchool('curie')).not.toContain('new.prof');
  });

  it("lets the academy's administrator appoint a director, who directs the school and belongs to its staff", async () => {
    const { directory, register } = setup();
    await register('academie.admin', 'curie', director);
    const graph = await directory.graphs.around({ personIds: ['curie.direction'] });
    expect(graph.directorsOf('curie')).toEqual(['curie.direction']);
    expect(graph.registeredStaffOf('curie')).toEqual(['curie.direction']);
    expect(graph.roleOf('curie.direction')).toBe('SCHOOL_ADMIN');
  });

  it('registering the same person twice adds nothing; a teacher of the academy may join a second school', async () => {
    const { directory, register } = setup();
    await register('ferry.direction', 'ferry', teacher);
    await register('ferry.direction', 'ferry', { ...teacher, lastName: 'NEUF' });
    expect(directory.people.staff.size).toBe(1);
    expect(directory.people.people.get('new.prof')?.displayName).toBe('Jean NEUF');

    await register('academie.admin', 'curie', teacher);
    const graph = await directory.graphs.around({ personIds: ['new.prof'] });
    expect([...graph.schoolsWhereTeaches('new.prof')].sort()).toEqual(['curie', 'ferry']);
  });

  it.each<[string, string, string, StaffToRegister, string, string]>([
    [
      'a director appointing a director',
      'ferry.direction',
      'ferry',
      { ...director, id: 'x' },
      'FORBIDDEN',
      'OnlyTheAcademyAppointsDirectors',
    ],
    [
      'a director, for another school',
      'ferry.direction',
      'curie',
      teacher,
      'FORBIDDEN',
      'SchoolMustBeAdministeredByActor',
    ],
    ['a teacher', 'ferry.ce2a.prof', 'ferry', teacher, 'FORBIDDEN', 'SchoolMustBeAdministeredByActor'],
    ['anyone, for a school that does not exist', 'academie.admin', 'nowhere', teacher, 'NOT_FOUND', 'SchoolMustExist'],
    [
      "a director, taking another school's teacher",
      'ferry.direction',
      'ferry',
      { ...teacher, id: 'curie.ce2.prof' },
      'NOT_FOUND',
      'StaffMustBeOfTheAcademy',
    ],
    [
      'a director, turning a pupil into a teacher',
      'ferry.direction',
      'ferry',
      { ...teacher, id: 'lea.ce2a' },
      'NOT_FOUND',
      'StaffMustBeOfTheAcademy',
    ],
    [
      "the academy's administrator, registering a teacher as a director",
      'academie.admin',
      'ferry',
      { ...director, id: 'ferry.cm2.prof' },
      'CONFLICT',
      'StaffRoleMustMatch',
    ],
    [
      'anyone, with no name',
      'ferry.direction',
      'ferry',
      { ...teacher, lastName: ' ' },
      'VALIDATION_FAILED',
      'NameMustBeGiven',
    ],
  ])('refuses %s', async (_who, actor, schoolId, staff, code, rule) => {
    const { directory, register } = setup();
    const before = directory.people.people.size;
    await expect(register(actor, schoolId, staff)).rejects.toMatchObject({ code, details: { rule } });
    expect(directory.people.people.size).toBe(before);
    expect(directory.people.staff.size).toBe(0);
  });
});
