import type { PrintableCredentials, SchoolRoster } from '@preau/contracts';

/**
 * A small school as the directory's roster shows it (École Jules Ferry: CE2 A and CM1, a pupil with a usual name, a
 * guardian with children in both classes), and identity's printable credentials for its people.
 */
export function ferryRoster(): SchoolRoster {
  return {
    schoolId: 'ferry',
    schoolYearId: 'year-2026',
    classes: [
      { id: 'ferry-cm1', name: 'CM1', levels: ['CM1'] },
      { id: 'ferry-ce2a', name: 'CE2 A', levels: ['CE2'] },
    ],
    pupils: [
      { id: 'zoe', ine: '123456789AB', firstName: 'Zoé', lastName: "N'DIAYE", usualName: null, birthDate: '2017-03-02', classId: 'ferry-ce2a' },
      { id: 'chloe', ine: null, firstName: 'Chloé', lastName: 'MARTIN', usualName: 'LEROY', birthDate: '2017-05-09', classId: 'ferry-ce2a' },
      { id: 'noe', ine: null, firstName: 'Noé', lastName: "N'DIAYE", usualName: null, birthDate: '2016-01-20', classId: 'ferry-cm1' },
    ],
    guardians: [
      { id: 'aicha', firstName: 'Aïcha', lastName: "N'DIAYE", email: null, childIds: ['zoe', 'noe'] },
      { id: 'jerome', firstName: 'Jérôme', lastName: 'LEROY', email: 'jerome@example.fr', childIds: ['chloe'] },
    ],
  };
}

const pupil = (id: string, displayName: string, login: string, firstPassword: string | null): PrintableCredentials => ({
  id,
  login,
  displayName,
  role: 'PUPIL',
  firstPassword,
  cardToken: `PC1.${id}.secret`,
  activationCode: null,
  activationExpiresAt: null,
});

const parent = (id: string, displayName: string, login: string, code: string | null): PrintableCredentials => ({
  id,
  login,
  displayName,
  role: 'PARENT',
  firstPassword: null,
  cardToken: null,
  activationCode: code,
  activationExpiresAt: code ? '2027-02-05T10:00:00.000Z' : null,
});

export const FERRY_CREDENTIALS: Record<string, PrintableCredentials> = {
  zoe: pupil('zoe', "Zoé N'DIAYE", 'zoe.ndiaye', 'lapin-vert-42'),
  chloe: pupil('chloe', 'Chloé LEROY', 'chloe.leroy', null),
  noe: pupil('noe', "Noé N'DIAYE", 'noe.ndiaye', 'hibou-bleu-07'),
  aicha: parent('aicha', "Aïcha N'DIAYE", 'aicha.ndiaye', 'K7QM-4XZP-9RTW'),
  jerome: parent('jerome', 'Jérôme LEROY', 'jerome.leroy', null),
};
