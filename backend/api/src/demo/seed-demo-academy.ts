import { CreateAccountCommand, DEMO_ACADEMY, DEMO_PASSWORD, DirectoryIsEmptyQuery, ProvisionStructureCommand, type Role, type StructureToProvision } from '@preau/contracts';
import type { Bus } from '@preau/platform';
import { CreateArticleCommand, MoveArticleCommand } from '@preau/publication';
import { createHash } from 'node:crypto';

/** Stable ids derived from the demo keys, so that the demo academy is the same on every machine. */
export function demoId(key: string): string {
  const h = createHash('sha256').update(`preau-demo:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The current school year in Europe/Paris terms: September to August. */
export function currentSchoolYear(now: Date): { id: string; startsOn: string; endsOn: string } {
  const start = now.getUTCMonth() >= 7 ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
  return { id: `${start}-${start + 1}`, startsOn: `${start}-09-01`, endsOn: `${start + 1}-08-31` };
}

/** Loads the demo academy (docs/product/demo-school.md) into an empty database. Returns false when there was data already. */
export async function seedDemoAcademy(bus: Bus, now = new Date()): Promise<boolean> {
  if (!(await bus.query<boolean>(new DirectoryIsEmptyQuery()))) return false;
  const id = (login: string) => demoId(`person:${login}`);
  for (const person of DEMO_ACADEMY.people) {
    // A seed interrupted after its accounts resumes: an existing login is left as it is.
    await bus.command(new CreateAccountCommand(id(person.login), person.login, person.displayName, person.role, DEMO_PASSWORD)).catch((error: { code?: string }) => {
      if (error?.code !== 'CONFLICT') throw error;
    });
  }
  const structure: StructureToProvision = {
    academy: { id: demoId('academy'), name: DEMO_ACADEMY.name },
    schoolYear: currentSchoolYear(now),
    people: DEMO_ACADEMY.people.map((p) => ({ id: id(p.login), displayName: p.displayName, role: p.role })),
    academyAdminIds: DEMO_ACADEMY.academyAdmins.map(id),
    schools: DEMO_ACADEMY.schools.map((school) => ({
      id: demoId(`school:${school.key}`),
      name: school.name,
      directorIds: school.directors.map(id),
      classes: school.classes.map((c) => ({ id: demoId(`class:${c.key}`), name: c.name, teacherIds: c.teachers.map(id), pupilIds: c.pupils.map(id), settings: c.settings, levels: c.levels })),
    })),
    guardianships: DEMO_ACADEMY.guardianships.map(([parent, child]) => ({ parentId: id(parent), pupilId: id(child) })),
    partnerships: DEMO_ACADEMY.partnerships.map(([a, b]) => ({ classId: demoId(`class:${a}`), partnerClassId: demoId(`class:${b}`) })),
  };
  await bus.command(new ProvisionStructureCommand(structure));
  await seedDemoArticles(bus, (login) => {
    const person = DEMO_ACADEMY.people.find((p) => p.login === login);
    if (!person) throw new Error(`no demo person ${login}`);
    return { id: id(login), displayName: person.displayName, role: person.role };
  });
  return true;
}

/** A welcome article in every class, and a pupil's published report in CE2 A: no blog is empty on a first visit. */
async function seedDemoArticles(bus: Bus, person: (login: string) => { id: string; displayName: string; role: Role }): Promise<void> {
  for (const school of DEMO_ACADEMY.schools) {
    for (const c of school.classes) {
      const classId = demoId(`class:${c.key}`);
      const teacher = person(c.teachers[0]);
      await bus.command(
        new CreateArticleCommand(teacher, classId, {
          title: `Bienvenue sur le blog des ${c.name} !`,
          body: `<p>Chères familles, voici le blog de la classe de ${c.name}. Les élèves y raconteront la vie de la classe : sorties, projets, lectures.</p><p>Vous pouvez commenter les articles ; ${c.settings.commentModeration === 'held' ? 'vos commentaires apparaîtront après validation.' : 'soyez bienveillants !'}</p>`,
          publish: true,
        }),
      );
    }
  }
  const lea = person('lea.ce2a');
  const article = await bus.command<{ id: string }>(
    new CreateArticleCommand(lea, demoId('class:ferry-ce2a'), {
      title: 'Notre visite à la ferme pédagogique',
      body: '<h2>Les animaux</h2><p>Nous avons vu des <strong>chèvres</strong>, des poules et un âne qui s’appelle Caramel.</p><ul><li>Les chèvres mangent du foin.</li><li>Les poules pondent un œuf par jour.</li></ul><p>C’était une super journée !</p>',
    }),
  );
  await bus.command(new MoveArticleCommand(lea, article.id, 'submit'));
  await bus.command(new MoveArticleCommand(person('ferry.ce2a.prof'), article.id, 'publish'));
}
