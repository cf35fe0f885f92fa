import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { GuardianRow, PupilRow, RosterFile } from '../../application/ports/roster-file-reader.port';
import { classNameOf, OndeFileReader } from './onde-file-reader';
import { decodeOnde, nameCase } from './onde-text';

const ONDE = resolve(__dirname, '../../../../../../../shared/fixtures/onde');
const fixture = (name: string) => readFileSync(resolve(ONDE, name));
const reader = new OndeFileReader();
const pupils = (file: RosterFile): PupilRow[] => {
  if (file.kind !== 'pupils') throw new Error(`a ${file.kind} file`);
  return file.rows;
};
const guardians = (file: RosterFile): GuardianRow[] => {
  if (file.kind !== 'guardians') throw new Error(`a ${file.kind} file`);
  return file.rows;
};
const win1252 = (text: string) => Buffer.from(text.replace(/\n/g, '\r\n'), 'latin1');
const PUPILS_HEADER =
  "Nom élève;Nom d'usage élève;Prénom élève;Date naissance;Sexe;INE;Adresse1;Cp1;Commune1;Pays1;Adresse2;Cp2;Commune2;Pays2; Cycle;Niveau;Libellé classe;Identifiant classe;Attestation fournie;Autorisation associations;Autorisation photo;Décision de passage";
const pupilLine = (
  last: string,
  first: string,
  date = '14/03/2017',
  ine = '070123499ZZ',
  level = 'CE2',
  label = 'CE2 B - Mme Roussel',
) => `${last};;${first};${date};F;${ine};;;;;;;;;CYCLE II;${level};${label};412001;Oui;Oui;Oui;`;

describe('OndeFileReader (the ONDE anti-corruption layer)', () => {
  describe('eleves.csv (Windows-1252) and eleves-utf8-bom.csv (UTF-8 with a BOM)', () => {
    const cp1252 = reader.read(fixture('eleves.csv'));
    const utf8 = reader.read(fixture('eleves-utf8-bom.csv'));

    it('reads both encodings into identical rows, accents intact', () => {
      expect(cp1252.kind).toBe('pupils');
      expect(cp1252.errors).toEqual([]);
      expect(utf8).toEqual(cp1252);
      expect(pupils(cp1252).map((r) => r.firstName)).toEqual([
        'Chloé',
        'Moussa',
        'Zoé',
        'Mateo',
        'Adam',
        'Linh',
        'Siobhán',
      ]);
      expect(pupils(cp1252).map((r) => r.lastName)).toEqual([
        'Leroy',
        "N'Diaye",
        'Dupont-Moreau',
        'García',
        'Leroy',
        'Nguyen',
        "O'Brien",
      ]);
    });

    it('turns each line into a pupil row with its spreadsheet line, ISO birth date, INE, class name and level', () => {
      expect(pupils(cp1252)[0]).toEqual({
        line: 2,
        ine: '070123456AA',
        firstName: 'Chloé',
        lastName: 'Leroy',
        usualName: null,
        birthDate: '2017-03-14',
        className: 'CE2 B',
        level: 'CE2',
      });
      expect(pupils(cp1252)[2]).toMatchObject({
        line: 4,
        lastName: 'Dupont-Moreau',
        usualName: 'Moreau',
        firstName: 'Zoé',
      });
      expect(pupils(cp1252).map((r) => `${r.line}:${r.className}/${r.level}`)).toEqual([
        '2:CE2 B/CE2',
        '3:CE2 B/CE2',
        '4:CE2 B/CE2',
        '5:CM2/CM2',
        '6:CM2/CM2',
        '7:CP/CP',
        '8:CP/CP',
      ]);
    });

    it('decodes the addresses of both files the same, "Écoles" and "Jaurès" included', () => {
      for (const name of ['eleves.csv', 'eleves-utf8-bom.csv', 'responsables.csv', 'responsables-utf8-bom.csv']) {
        const text = decodeOnde(fixture(name));
        expect(text).toContain('3 rue des Écoles');
        expect(text).toContain('Jean Jaurès');
        expect(text).toContain('Chloé');
        expect(text.charCodeAt(0)).not.toBe(0xfeff);
      }
    });
  });

  describe('responsables.csv and responsables-utf8-bom.csv', () => {
    const cp1252 = reader.read(fixture('responsables.csv'));
    const utf8 = reader.read(fixture('responsables-utf8-bom.csv'));

    it('reads both encodings into identical guardian rows', () => {
      expect(cp1252.kind).toBe('guardians');
      expect(cp1252.errors).toEqual([]);
      expect(utf8).toEqual(cp1252);
      expect(guardians(cp1252).map((g) => `${g.firstName} ${g.lastName}`)).toEqual([
        'Sophie Leroy',
        'Karim Leroy',
        "Awa N'Diaye",
        'Éric Dupont',
        'Hélène Moreau',
        'Javier García',
        'Thi Mai Nguyen',
        "Niamh O'Brien",
      ]);
    });

    it('reads the repeated children groups by position: a guardian with two children names both', () => {
      const [sophie, karim, , eric] = guardians(cp1252);
      expect(sophie).toEqual({
        line: 2,
        firstName: 'Sophie',
        lastName: 'Leroy',
        email: 'sophie.leroy@example.org',
        children: [
          { firstName: 'Chloé', lastName: 'Leroy', usualName: null, className: 'CE2 B' },
          { firstName: 'Adam', lastName: 'Leroy', usualName: null, className: 'CM2' },
        ],
      });
      expect(karim).toMatchObject({ line: 3, email: null });
      expect(karim.children).toHaveLength(2);
      expect(eric.children).toEqual([
        { firstName: 'Zoé', lastName: 'Dupont-Moreau', usualName: 'Moreau', className: 'CE2 B' },
      ]);
    });
  });

  describe('eleves-with-errors.csv', () => {
    const file = reader.read(fixture('eleves-with-errors.csv'));

    it('imports the good lines and reports each bad one with its spreadsheet line and column', () => {
      expect(pupils(file).map((r) => r.line)).toEqual([2, 3]);
      expect(file.errors.map((e) => e.line)).toEqual([4, 5, 6, 7, 8]);
      const [impossibleDate, emptyName, formula, markup, duplicate] = file.errors;
      expect(impossibleDate.message).toMatch(/Date naissance.*31\/02\/2017.*n'existe pas/);
      expect(emptyName.message).toMatch(/Nom élève.*obligatoire/);
      expect(formula.message).toMatch(/Nom élève.*=, \+, - ou @/);
      expect(markup.message).toMatch(/Nom élève.*< ou >/);
      expect(duplicate.message).toMatch(/déjà ligne 2/);
    });
  });

  it('eleves-missing-column.csv is refused whole, naming the missing columns', () => {
    expect(() => reader.read(fixture('eleves-missing-column.csv'))).toThrow(
      expect.objectContaining({ code: 'ONDE_COLUMN_MISSING', details: { columns: ['Prénom élève', 'Niveau'] } }),
    );
    expect(() => reader.read(fixture('eleves-missing-column.csv'))).toThrow(/Prénom élève/);
  });

  describe('quirks and refusals', () => {
    it('compares headers trimmed and case- and accent-insensitively', () => {
      const header = ' NOM ELEVE ;Prenom eleve;date naissance;ine;NIVEAU;libelle classe';
      const file = reader.read(win1252(`${header}\nLEROY;Chloé;14/03/2017;070123456AA;CE2;CE2 B - Mme Roussel\n`));
      expect(pupils(file)).toEqual([
        expect.objectContaining({ line: 2, firstName: 'Chloé', className: 'CE2 B', ine: '070123456AA' }),
      ]);
    });

    it('accepts UTF-8 without a BOM, and LF line ends', () => {
      const file = reader.read(Buffer.from(`${PUPILS_HEADER}\n${pupilLine('JAURÈS', 'Chloé')}\n`, 'utf8'));
      expect(pupils(file)[0]).toMatchObject({ lastName: 'Jaurès', firstName: 'Chloé' });
    });

    it('keeps a hyphen inside a name and refuses one at the start of any cell it reads', () => {
      const file = reader.read(
        win1252(
          [
            PUPILS_HEADER,
            pupilLine('DUPONT-MOREAU', 'Jean-Pierre', '01/01/2017', '070123400AA'),
            pupilLine('-MOREAU', 'Zoé', '01/01/2017', '070123401AA'),
            pupilLine('MOREAU', '+Zoé', '01/01/2017', '070123402AA'),
            pupilLine('MOREAU', '@Zoé', '01/01/2017', '070123403AA'),
            pupilLine('MOREAU', 'Léa', '01/01/2017', '070123404AA', 'CE2', '=1+1'),
          ].join('\n'),
        ),
      );
      expect(pupils(file).map((r) => `${r.firstName} ${r.lastName}`)).toEqual(['Jean-Pierre Dupont-Moreau']);
      expect(file.errors.map((e) => [e.line, e.message.match(/« ([^»]+) »/)?.[1]])).toEqual([
        [3, 'Nom élève'],
        [4, 'Prénom élève'],
        [5, 'Prénom élève'],
        [6, 'Libellé classe'],
      ]);
    });

    it('reports a malformed INE, an unknown level, a date not DD/MM/YYYY and a short line', () => {
      const file = reader.read(
        win1252(
          [
            PUPILS_HEADER,
            pupilLine('A', 'Un', '01/01/2017', '12345'),
            pupilLine('B', 'Deux', '01/01/2017', '070123401AA', 'GS'),
            pupilLine('C', 'Trois', '2017-01-01', '070123402AA'),
            'D;;Quatre;01/01/2017',
          ].join('\n'),
        ),
      );
      expect(pupils(file)).toEqual([]);
      expect(file.errors).toEqual([
        { line: 2, message: expect.stringMatching(/INE/) },
        { line: 3, message: expect.stringMatching(/Niveau.*GS/) },
        { line: 4, message: expect.stringMatching(/Date naissance.*JJ\/MM\/AAAA/) },
        { line: 5, message: expect.stringMatching(/Niveau.*obligatoire/) },
      ]);
    });

    it('reports a guardian line whose child lacks a first name, or that names no child', () => {
      const text = decodeOnde(fixture('responsables.csv')).split(/\r\n/);
      const header = text[0];
      const file = reader.read(
        win1252(
          [header, 'MME;;LEROY;Sophie;;;;;;;;;;LEROY;;CE2 B;;;;;;;;', 'MME;;LEROY;Sophie;;;;;;;;;;;;;;;;;;;;'].join(
            '\n',
          ),
        ),
      );
      expect(guardians(file)).toEqual([]);
      expect(file.errors).toEqual([
        { line: 2, message: expect.stringMatching(/Prénom enfant.*enfant 1/) },
        { line: 3, message: expect.stringMatching(/Aucun enfant/) },
      ]);
    });

    it('refuses a file over its limit (413), a binary or empty file, and a CSV that is not ONDE', () => {
      const small = new OndeFileReader({ maxBytes: 100, maxRows: 2, jobThresholdRows: 1 });
      expect(() => small.read(Buffer.alloc(101, 0x41))).toThrow(expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE' }));
      expect(() => small.read(win1252([PUPILS_HEADER.slice(0, 60), 'a', 'b', 'c'].join('\n')))).toThrow(
        expect.objectContaining({ code: 'PAYLOAD_TOO_LARGE' }),
      );
      expect(() => reader.read(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]))).toThrow(
        expect.objectContaining({ code: 'ONDE_NOT_CSV' }),
      );
      expect(() => reader.read(Buffer.alloc(0))).toThrow(expect.objectContaining({ code: 'ONDE_NOT_CSV' }));
      expect(() => reader.read(Buffer.from('hello world\nsecond line\n'))).toThrow(
        expect.objectContaining({ code: 'ONDE_NOT_CSV' }),
      );
      expect(() => reader.read(Buffer.from('a;b;c\n1;2;3\n'))).toThrow(
        expect.objectContaining({ code: 'ONDE_UNKNOWN_FORMAT' }),
      );
    });
  });

  it('names classes by what comes before the teacher, and shows capitalised names in the usual case', () => {
    expect(classNameOf('CE2 B - Mme Roussel')).toBe('CE2 B');
    expect(classNameOf('CM1-CM2')).toBe('CM1-CM2');
    expect(nameCase("N'DIAYE")).toBe("N'Diaye");
    expect(nameCase('DE LA FONTAINE')).toBe('De La Fontaine');
    expect(nameCase('McDonald')).toBe('McDonald');
  });
});
