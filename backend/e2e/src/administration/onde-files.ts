/**
 * ONDE extractions made up for tests and the import benchmark: `pupils` pupils in classes of 25 (CP to CM2) and one
 * guardian per pupil (every fifth with a second child, the next pupil), in Windows-1252 with CRLF, as ONDE exports.
 */
const LAST = [
  'MARTIN',
  'BERNARD',
  'THOMAS',
  'PETIT',
  'ROBERT',
  'RICHARD',
  'DURAND',
  'DUBOIS',
  'MOREAU',
  'LAURENT',
  'SIMON',
  'MICHEL',
  'LEFÈVRE',
  'LEROY',
  'ROUX',
  'DAVID',
  'BERTRAND',
  'MOREL',
  'FOURNIER',
  'GIRARD',
  'BONNET',
  'DUPONT',
  'LAMBERT',
  'FONTAINE',
  'ROUSSEAU',
  'VINCENT',
  'MÜLLER',
  'FAURE',
  'ANDRÉ',
  "N'GUYEN",
];
const FIRST = [
  'Léa',
  'Hugo',
  'Chloé',
  'Louis',
  'Inès',
  'Noé',
  'Zoé',
  'Jules',
  'Anaïs',
  'Gabriel',
  'Maëlys',
  'Raphaël',
  'Camille',
  'Arthur',
  'Océane',
  'Théo',
  'Clémence',
  'Nathan',
  'Héloïse',
  'Timéo',
];
const LEVELS = ['CP', 'CE1', 'CE2', 'CM1', 'CM2'] as const;
const PUPILS_HEADER =
  "Nom élève;Nom d'usage élève;Prénom élève;Date naissance;Sexe;INE;Adresse1;Cp1;Commune1;Pays1;Adresse2;Cp2;Commune2;Pays2; Cycle;Niveau;Libellé classe;Identifiant classe;Attestation fournie;Autorisation associations;Autorisation photo;Décision de passage";
const GUARDIANS_HEADER =
  "Civilité Responsable;Nom usage responsable;Nom responsable;Prénom responsable;Adresse responsable;CP responsable;Commune responsable;Pays;Courriel;Téléphone domicile;Téléphone travail;Téléphone portable;Nom d'usage enfant;Nom de famille enfant;Prénom enfant;Classes enfants;Nom d'usage enfant;Nom de famille enfant;Prénom enfant;Classes enfants;Nom d'usage enfant;Nom de famille enfant;Prénom enfant;Classes enfants";

interface Pupil {
  last: string;
  first: string;
  label: string;
  level: string;
}

function pupilsOf(count: number): Pupil[] {
  return Array.from({ length: count }, (_, i) => {
    const klass = Math.floor(i / 25);
    const level = LEVELS[klass % LEVELS.length];
    return {
      last: LAST[i % LAST.length],
      first: FIRST[Math.floor(i / LAST.length) % FIRST.length],
      level,
      label: `${level} ${String.fromCharCode(65 + Math.floor(klass / LEVELS.length))} - Mme Test`,
    };
  });
}

const cp1252 = (lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');

/** `firstIne`: where the pupils' INE numbers start (an INE is one pupil's in the whole academy). */
export function ondePupilsFile(count: number, firstIne = 0): Buffer {
  return cp1252([
    PUPILS_HEADER,
    ...pupilsOf(count).map((p, i) => {
      const birth = `${String((i % 28) + 1).padStart(2, '0')}/${String((i % 12) + 1).padStart(2, '0')}/${2015 + (i % 5)}`;
      const ine = `07${String(firstIne + i).padStart(7, '0')}XY`;
      return `${p.last};;${p.first};${birth};F;${ine};1 rue de l'École;69003;Lyon;FRANCE;;;;;CYCLE II;${p.level};${p.label};4120${i};Oui;Oui;Oui;`;
    }),
  ]);
}

export function ondeGuardiansFile(count: number): Buffer {
  const pupils = pupilsOf(count);
  // One child's group: "Nom d'usage enfant;Nom de famille enfant;Prénom enfant;Classes enfants".
  const child = (p: Pupil | undefined) => (p ? ['', p.last, p.first, p.label] : ['', '', '', '']);
  return cp1252([
    GUARDIANS_HEADER,
    ...pupils.map((p, i) =>
      [
        ...[
          'MME',
          '',
          p.last,
          `Parent${i}`,
          "1 rue de l'École",
          '69003',
          'Lyon',
          'FRANCE',
          `parent${i}@example.org`,
          '',
          '',
          '',
        ],
        ...child(p),
        ...child(i % 5 === 0 ? pupils[i + 1] : undefined),
        ...child(undefined),
      ].join(';'),
    ),
  ]);
}
