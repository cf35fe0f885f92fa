import { Injectable } from '@nestjs/common';
import { ErrorCodes, type ImportError, SCHOOL_LEVELS, type SchoolLevel } from '@preau/contracts';
import { DomainError } from '@preau/kernel';
import { parse } from 'csv-parse/sync';
import { DEFAULT_IMPORT_SETTINGS, ImportErrorCodes, type ImportSettings } from '../../application/import/import-limits';
import type {
  ChildReference,
  GuardianRow,
  PupilRow,
  RosterFile,
  RosterFileReader,
} from '../../application/ports/roster-file-reader.port';
import { decodeOnde, fold, nameCase } from './onde-text';

/**
 * The anti-corruption layer of ONDE (the register of French primary schools), and the only code that knows it
 * (docs/decisions/0010): the two extractions — pupils ("Nom élève", "Prénom élève", "Date naissance", "INE",
 * "Libellé classe", "Niveau"…) and guardians ("Civilité Responsable", "Nom responsable", "Prénom responsable",
 * "Courriel", then up to three children as repeating groups "Nom d'usage enfant;Nom de famille enfant;Prénom
 * enfant;Classes enfants") — become PupilRow/GuardianRow with their spreadsheet line numbers. Headers are compared
 * trimmed, case- and accent-insensitively (" Cycle" has a leading space); the guardians' child columns repeat
 * their names, so they are addressed by position. Cells that could run as a formula in a spreadsheet (`=`, `+`,
 * `-`, `@` first) and names with markup are refused in the report, never cleaned (docs/product/brief.md).
 */

const PUPIL_COLUMNS = {
  lastName: 'Nom élève',
  usualName: "Nom d'usage élève",
  firstName: 'Prénom élève',
  birthDate: 'Date naissance',
  ine: 'INE',
  level: 'Niveau',
  classLabel: 'Libellé classe',
} as const;
const PUPIL_REQUIRED: (keyof typeof PUPIL_COLUMNS)[] = ['lastName', 'firstName', 'birthDate', 'level', 'classLabel'];

const GUARDIAN_COLUMNS = {
  usualName: 'Nom usage responsable',
  lastName: 'Nom responsable',
  firstName: 'Prénom responsable',
  email: 'Courriel',
} as const;
const GUARDIAN_REQUIRED: (keyof typeof GUARDIAN_COLUMNS)[] = ['lastName', 'firstName'];
/** One child's group, in this order from its first column. */
const CHILD_GROUP = ["Nom d'usage enfant", 'Nom de famille enfant', 'Prénom enfant', 'Classes enfants'] as const;
const MAX_CHILDREN = 3;

const DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
/** Identifiant national élève: 10 digits and a letter, or (the older form the fixtures use) 9 digits and 2 letters. */
const INE = /^(?:\d{10}[A-Z]|\d{9}[A-Z]{2})$/;
const EMAIL = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;
const FORMULA = /^[=+\-@\t\r]/;
const MARKUP = /[<>]/;
const NAME_MAX = 100;

type Cells = string[];

class LineRefused extends Error {}

/** A row's reading: each check throws LineRefused with the message the report shows for that line. */
class RowReader {
  constructor(private readonly cells: Cells) {}

  /** The cell at `index`, trimmed; refused when it could run as a formula. */
  cell(index: number | undefined, column: string): string {
    if (index === undefined) return '';
    const value = (this.cells[index] ?? '').trim();
    if (FORMULA.test(value))
      throw new LineRefused(`Colonne « ${column} » : une cellule ne peut pas commencer par =, +, - ou @.`);
    return value;
  }

  required(index: number | undefined, column: string): string {
    const value = this.cell(index, column);
    if (!value) throw new LineRefused(`Colonne « ${column} » : la valeur est obligatoire.`);
    return value;
  }

  name(index: number | undefined, column: string, required: boolean): string | null {
    const value = required ? this.required(index, column) : this.cell(index, column);
    if (!value) return null;
    if (MARKUP.test(value)) throw new LineRefused(`Colonne « ${column} » : un nom ne peut pas contenir < ou >.`);
    if (value.length > NAME_MAX) throw new LineRefused(`Colonne « ${column} » : ${NAME_MAX} caractères au plus.`);
    if (!/\p{L}/u.test(value)) throw new LineRefused(`Colonne « ${column} » : « ${value} » n'est pas un nom.`);
    return nameCase(value);
  }
}

function isoDate(value: string, column: string): string {
  const m = DATE.exec(value);
  if (!m) throw new LineRefused(`Colonne « ${column} » : « ${value} » n'est pas une date JJ/MM/AAAA.`);
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900)
    throw new LineRefused(`Colonne « ${column} » : la date « ${value} » n'existe pas.`);
  return `${m[3]}-${m[2]}-${m[1]}`;
}

/** "CE2 B - Mme Roussel" → "CE2 B": the register appends the teacher's name to the class's own. */
export function classNameOf(label: string): string {
  const cut = label.indexOf(' - ');
  return (cut > 0 ? label.slice(0, cut) : label).trim();
}

@Injectable()
export class OndeFileReader implements RosterFileReader {
  constructor(private readonly settings: ImportSettings = DEFAULT_IMPORT_SETTINGS) {}

  read(file: Buffer): RosterFile {
    if (file.length > this.settings.maxBytes)
      throw new DomainError(
        ErrorCodes.PAYLOAD_TOO_LARGE,
        `An import file may weigh at most ${Math.round(this.settings.maxBytes / 1024 / 1024)} MB.`,
        {
          maxBytes: this.settings.maxBytes,
        },
      );
    if (file.length === 0 || file.includes(0))
      throw new DomainError(
        ImportErrorCodes.ONDE_NOT_CSV,
        'This is not a CSV file: export the pupils or the guardians from ONDE (";"-separated).',
      );
    const text = decodeOnde(file);
    const firstLine = text.slice(0, text.search(/\r?\n|$/));
    if (!firstLine.includes(';'))
      throw new DomainError(
        ImportErrorCodes.ONDE_NOT_CSV,
        'This is not a CSV file: export the pupils or the guardians from ONDE (";"-separated).',
      );
    let records: { record: Cells; info: { lines: number } }[];
    try {
      records = parse(text, {
        delimiter: ';',
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
        info: true,
      }) as unknown as { record: Cells; info: { lines: number } }[];
    } catch (error) {
      throw new DomainError(
        ImportErrorCodes.ONDE_NOT_CSV,
        `This CSV file cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const [header, ...rows] = records;
    if (!header) throw new DomainError(ImportErrorCodes.ONDE_NOT_CSV, 'The file is empty.');
    if (rows.length > this.settings.maxRows)
      throw new DomainError(
        ErrorCodes.PAYLOAD_TOO_LARGE,
        `An import file may have at most ${this.settings.maxRows} lines.`,
        {
          maxRows: this.settings.maxRows,
        },
      );
    const names = header.record.map(fold);
    const lines = rows.map((r) => ({ line: r.info.lines, cells: r.record }));
    if (names.includes(fold(PUPIL_COLUMNS.lastName)) || names.includes(fold(PUPIL_COLUMNS.firstName)))
      return this.pupils(names, lines);
    if (names.includes(fold(GUARDIAN_COLUMNS.lastName)) || names.includes(fold(GUARDIAN_COLUMNS.firstName)))
      return this.guardians(names, lines);
    throw new DomainError(
      ImportErrorCodes.ONDE_UNKNOWN_FORMAT,
      'This file is neither the pupils nor the guardians extraction of ONDE (its header names neither "Nom élève" nor "Nom responsable").',
    );
  }

  private pupils(names: string[], lines: { line: number; cells: Cells }[]): RosterFile {
    const at = columnsOf(names, PUPIL_COLUMNS, PUPIL_REQUIRED);
    const rows: PupilRow[] = [];
    const errors: ImportError[] = [];
    const seen = new Map<string, number>();
    for (const { line, cells } of lines) {
      if (cells.every((c) => !c.trim())) continue;
      try {
        const r = new RowReader(cells);
        const lastName = r.name(at.lastName, PUPIL_COLUMNS.lastName, true) as string;
        const usualName = r.name(at.usualName, PUPIL_COLUMNS.usualName, false);
        const firstName = r.name(at.firstName, PUPIL_COLUMNS.firstName, true) as string;
        const birthDate = isoDate(r.required(at.birthDate, PUPIL_COLUMNS.birthDate), PUPIL_COLUMNS.birthDate);
        const ineCell = r.cell(at.ine, PUPIL_COLUMNS.ine).toUpperCase();
        if (ineCell && !INE.test(ineCell))
          throw new LineRefused(
            `Colonne « ${PUPIL_COLUMNS.ine} » : « ${ineCell} » n'est pas un INE (10 chiffres et une lettre, ou 9 chiffres et 2 lettres).`,
          );
        const levelCell = r.required(at.level, PUPIL_COLUMNS.level).toUpperCase();
        const level = SCHOOL_LEVELS.find((l) => l === levelCell);
        if (!level)
          throw new LineRefused(
            `Colonne « ${PUPIL_COLUMNS.level} » : « ${levelCell} » n'est pas un niveau de l'école élémentaire (${SCHOOL_LEVELS.join(', ')}).`,
          );
        const label = r.required(at.classLabel, PUPIL_COLUMNS.classLabel);
        if (MARKUP.test(label))
          throw new LineRefused(
            `Colonne « ${PUPIL_COLUMNS.classLabel} » : un nom de classe ne peut pas contenir < ou >.`,
          );
        const className = classNameOf(label).slice(0, 100);
        // The same pupil twice in one file: the first line counts, the second is reported.
        const key = ineCell || `${fold(lastName)}|${fold(firstName)}|${birthDate}`;
        const first = seen.get(key);
        if (first !== undefined) throw new LineRefused(`Cet élève figure déjà ligne ${first}.`);
        seen.set(key, line);
        rows.push({
          line,
          ine: ineCell || null,
          firstName,
          lastName,
          usualName,
          birthDate,
          className,
          level: level as SchoolLevel,
        });
      } catch (error) {
        if (!(error instanceof LineRefused)) throw error;
        errors.push({ line, message: error.message });
      }
    }
    return { kind: 'pupils', rows, errors };
  }

  private guardians(names: string[], lines: { line: number; cells: Cells }[]): RosterFile {
    const at = columnsOf(names, GUARDIAN_COLUMNS, GUARDIAN_REQUIRED);
    const groups = childGroupsOf(names);
    const rows: GuardianRow[] = [];
    const errors: ImportError[] = [];
    for (const { line, cells } of lines) {
      if (cells.every((c) => !c.trim())) continue;
      try {
        const r = new RowReader(cells);
        const familyName = r.name(at.lastName, GUARDIAN_COLUMNS.lastName, true) as string;
        const usualName = r.name(at.usualName, GUARDIAN_COLUMNS.usualName, false);
        const firstName = r.name(at.firstName, GUARDIAN_COLUMNS.firstName, true) as string;
        const emailCell = r.cell(at.email, GUARDIAN_COLUMNS.email).toLowerCase();
        if (emailCell && (!EMAIL.test(emailCell) || emailCell.length > 200))
          throw new LineRefused(
            `Colonne « ${GUARDIAN_COLUMNS.email} » : « ${emailCell} » n'est pas une adresse électronique.`,
          );
        const children: ChildReference[] = [];
        groups.forEach((start, n) => {
          const which = `(enfant ${n + 1})`;
          const usual = r.name(start, `${CHILD_GROUP[0]} ${which}`, false);
          const last = r.name(start + 1, `${CHILD_GROUP[1]} ${which}`, false);
          const first = r.name(start + 2, `${CHILD_GROUP[2]} ${which}`, false);
          const label = r.cell(start + 3, `${CHILD_GROUP[3]} ${which}`);
          if (!usual && !last && !first && !label) return;
          if (!last && !usual)
            throw new LineRefused(`Colonne « ${CHILD_GROUP[1]} » ${which} : la valeur est obligatoire.`);
          if (!first) throw new LineRefused(`Colonne « ${CHILD_GROUP[2]} » ${which} : la valeur est obligatoire.`);
          if (!label) throw new LineRefused(`Colonne « ${CHILD_GROUP[3]} » ${which} : la valeur est obligatoire.`);
          if (MARKUP.test(label))
            throw new LineRefused(
              `Colonne « ${CHILD_GROUP[3]} » ${which} : un nom de classe ne peut pas contenir < ou >.`,
            );
          children.push({
            firstName: first,
            lastName: (last ?? usual) as string,
            usualName: usual,
            className: classNameOf(label),
          });
        });
        if (!children.length) throw new LineRefused("Aucun enfant n'est indiqué sur cette ligne.");
        rows.push({ line, firstName, lastName: usualName ?? familyName, email: emailCell || null, children });
      } catch (error) {
        if (!(error instanceof LineRefused)) throw error;
        errors.push({ line, message: error.message });
      }
    }
    return { kind: 'guardians', rows, errors };
  }
}

/** Where each named column is (its first occurrence); the required ones missing are refused, named. */
function columnsOf<K extends string>(
  names: string[],
  columns: Record<K, string>,
  required: K[],
): Record<K, number | undefined> {
  const at = {} as Record<K, number | undefined>;
  for (const key of Object.keys(columns) as K[]) {
    const index = names.indexOf(fold(columns[key]));
    at[key] = index >= 0 ? index : undefined;
  }
  const missing = required.filter((k) => at[k] === undefined).map((k) => columns[k]);
  if (missing.length)
    throw new DomainError(
      ImportErrorCodes.ONDE_COLUMN_MISSING,
      `The file's header lacks ${missing.length > 1 ? 'the columns' : 'the column'} ${missing.map((c) => `"${c}"`).join(', ')}.`,
      { columns: missing },
    );
  return at;
}

/** The guardians' child groups, by position: each starts at a "Nom d'usage enfant" followed by the group's other three. */
function childGroupsOf(names: string[]): number[] {
  const group = CHILD_GROUP.map(fold);
  const starts: number[] = [];
  names.forEach((name, i) => {
    if (name === group[0] && group.every((g, k) => names[i + k] === g)) starts.push(i);
  });
  if (!starts.length)
    throw new DomainError(
      ImportErrorCodes.ONDE_COLUMN_MISSING,
      `The file's header lacks the children's columns (${CHILD_GROUP.map((c) => `"${c}"`).join(', ')}).`,
      {
        columns: [...CHILD_GROUP],
      },
    );
  return starts.slice(0, MAX_CHILDREN);
}
