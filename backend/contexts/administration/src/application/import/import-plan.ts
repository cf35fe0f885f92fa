import type {
  AccountToOpen,
  ImportError,
  ImportReport,
  RosterChanges,
  RosterClass,
  RosterGuardian,
  RosterPupil,
  SchoolLevel,
  SchoolRoster,
} from '@preau/contracts';
import { SCHOOL_LEVELS } from '@preau/contracts';
import type { GuardianRow, PupilRow, RosterFile } from '../ports/roster-file-reader.port';

/** What one file would change in a school: the report the administrator reads, and what a real run sends. */
export interface ImportPlan {
  report: Omit<ImportReport, 'dryRun' | 'detached'>;
  changes: RosterChanges;
  /** New people, whose accounts identity opens (a pupil gets a first password, a guardian an activation code). */
  accounts: AccountToOpen[];
}

/** For matching names: no accents, no case, no punctuation ("N'DIAYE" and "N'Diaye" are the same person). */
export function normalise(value: string | null | undefined): string {
  return (value ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const displayName = (p: { firstName: string; lastName: string; usualName?: string | null }) =>
  `${p.firstName} ${p.usualName || p.lastName}`;

const byLevel = (levels: Iterable<SchoolLevel>): SchoolLevel[] =>
  SCHOOL_LEVELS.filter((l) => new Set(levels).has(l)).slice(0, 2);

/**
 * Matches a file against the school's roster (docs/product/brief.md, ONDE imports): pupils by INE, then by
 * (name, first name, birth date); a pupil in another class moves; classes the school lacks are created; pupils of
 * the school the file no longer lists leave, detached only when `detachLeaving`. Guardians match by name and a
 * child in common, or by e-mail, and are linked to each child of their row, found in the roster by name and class.
 * Pure: ids of new people and classes come from `newId`.
 */
export function planImport(
  roster: SchoolRoster,
  file: RosterFile,
  detachLeaving: boolean,
  newId: () => string,
): ImportPlan {
  return file.kind === 'pupils'
    ? planPupils(roster, file.rows, file.errors, detachLeaving, newId)
    : planGuardians(roster, file.rows, file.errors, newId);
}

function planPupils(
  roster: SchoolRoster,
  rows: PupilRow[],
  fileErrors: ImportError[],
  detachLeaving: boolean,
  newId: () => string,
): ImportPlan {
  const errors = [...fileErrors];
  const classes = new Map(roster.classes.map((c) => [normalise(c.name), c] as const));
  const newClasses = new Map<string, RosterClass & { wanted: Set<SchoolLevel> }>();
  const byIne = new Map(roster.pupils.filter((p) => p.ine).map((p) => [p.ine?.toUpperCase(), p] as const));
  const byNames = new Map<string, RosterPupil[]>();
  for (const p of roster.pupils) {
    const key = `${normalise(p.lastName)}|${normalise(p.firstName)}|${p.birthDate ?? ''}`;
    byNames.set(key, [...(byNames.get(key) ?? []), p]);
  }
  const matched = new Map<string, number>();
  const changes: RosterChanges = { classes: [], pupils: [], leavingPupilIds: [], guardians: [] };
  const accounts: AccountToOpen[] = [];
  let created = 0;
  let updated = 0;
  let unchanged = 0;

  for (const row of rows) {
    const classKey = normalise(row.className);
    let klass: RosterClass | undefined = classes.get(classKey) ?? newClasses.get(classKey);
    if (!klass) {
      const fresh = { id: newId(), name: row.className, levels: [], wanted: new Set<SchoolLevel>() };
      newClasses.set(classKey, fresh);
      klass = fresh;
    }
    newClasses.get(classKey)?.wanted.add(row.level);

    const candidates = byNames.get(`${normalise(row.lastName)}|${normalise(row.firstName)}|${row.birthDate}`) ?? [];
    const known = (row.ine ? byIne.get(row.ine) : undefined) ?? (candidates.length === 1 ? candidates[0] : undefined);
    if (known && row.ine && known.ine && known.ine.toUpperCase() !== row.ine) {
      errors.push({
        line: row.line,
        message: `L'INE ${row.ine} ne correspond pas à celui de ${displayName(known)} (${known.ine}).`,
      });
      continue;
    }
    if (!known && candidates.length > 1) {
      errors.push({
        line: row.line,
        message: `Plusieurs élèves de l'école s'appellent ${displayName(row)} et sont nés le même jour : indiquez l'INE.`,
      });
      continue;
    }
    if (known) {
      const first = matched.get(known.id);
      if (first !== undefined) {
        errors.push({ line: row.line, message: `Cet élève figure déjà ligne ${first}.` });
        continue;
      }
      matched.set(known.id, row.line);
      const next = {
        id: known.id,
        ine: row.ine ?? known.ine,
        firstName: row.firstName,
        lastName: row.lastName,
        usualName: row.usualName,
        birthDate: row.birthDate,
        classId: klass.id,
      };
      const same =
        next.ine === known.ine &&
        next.firstName === known.firstName &&
        next.lastName === known.lastName &&
        (next.usualName ?? null) === (known.usualName ?? null) &&
        next.birthDate === known.birthDate &&
        next.classId === known.classId;
      if (same) unchanged++;
      else {
        updated++;
        changes.pupils.push({ ...next, isNew: false });
      }
      continue;
    }
    const id = newId();
    created++;
    changes.pupils.push({
      id,
      ine: row.ine,
      firstName: row.firstName,
      lastName: row.lastName,
      usualName: row.usualName,
      birthDate: row.birthDate,
      classId: klass.id,
      isNew: true,
    });
    accounts.push({
      id,
      role: 'PUPIL',
      displayName: displayName(row),
      firstName: row.firstName,
      lastName: row.usualName || row.lastName,
    });
  }

  // Classes are created only for the pupils who go into them (a class named only on refused lines is not).
  const used = new Set(changes.pupils.map((p) => p.classId));
  for (const c of newClasses.values()) {
    if (!used.has(c.id)) continue;
    changes.classes.push({ id: c.id, name: c.name, levels: byLevel(c.wanted) });
  }
  const classNames = new Map(roster.classes.map((c) => [c.id, c.name] as const));
  const leavingPupils = roster.pupils
    .filter((p) => p.classId !== null && !matched.has(p.id))
    .map((p) => ({
      id: p.id,
      displayName: displayName(p),
      className: p.classId ? (classNames.get(p.classId) ?? null) : null,
    }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'));
  if (detachLeaving) changes.leavingPupilIds = leavingPupils.map((p) => p.id);
  return {
    report: {
      kind: 'pupils',
      created,
      updated,
      unchanged,
      leaving: leavingPupils.length,
      errors: errors.sort((a, b) => a.line - b.line),
      leavingPupils,
      newClasses: changes.classes.map((c) => c.name),
    },
    changes,
    accounts,
  };
}

function planGuardians(
  roster: SchoolRoster,
  rows: GuardianRow[],
  fileErrors: ImportError[],
  newId: () => string,
): ImportPlan {
  const errors = [...fileErrors];
  const classIds = new Map<string, string[]>();
  for (const c of roster.classes) classIds.set(normalise(c.name), [...(classIds.get(normalise(c.name)) ?? []), c.id]);
  const changes: RosterChanges = { classes: [], pupils: [], leavingPupilIds: [], guardians: [] };
  const accounts: AccountToOpen[] = [];
  // Guardians as they stand after the rows already planned (a second row of the same guardian adds children).
  const planned = new Map<string, RosterGuardian & { isNew: boolean; line: number }>();
  const current = roster.guardians.map((g) => ({ ...g, childIds: [...g.childIds] }));
  let created = 0;
  let updated = 0;
  let unchanged = 0;

  // The school's pupils by first name, their names folded once (a file of 300 guardians reads 500 pupils).
  const byFirstName = new Map<string, { pupil: RosterPupil; names: string[] }[]>();
  for (const pupil of roster.pupils) {
    const key = normalise(pupil.firstName);
    const names = [normalise(pupil.lastName), normalise(pupil.usualName)].filter(Boolean);
    byFirstName.set(key, [...(byFirstName.get(key) ?? []), { pupil, names }]);
  }

  for (const row of rows) {
    const childIds: string[] = [];
    const missing: string[] = [];
    for (const child of row.children) {
      const wanted = [normalise(child.lastName), normalise(child.usualName)].filter(Boolean);
      const names = (byFirstName.get(normalise(child.firstName)) ?? [])
        .filter((c) => c.names.some((n) => wanted.includes(n)))
        .map((c) => c.pupil);
      const inClass = names.filter(
        (p) => p.classId && (classIds.get(normalise(child.className)) ?? []).includes(p.classId),
      );
      const found = inClass.length === 1 ? inClass[0] : names.length === 1 ? names[0] : undefined;
      if (found) childIds.push(found.id);
      else missing.push(`${child.firstName} ${child.usualName || child.lastName} (${child.className})`);
    }
    if (missing.length) {
      errors.push({
        line: row.line,
        message: `${missing.length > 1 ? 'Enfants introuvables' : 'Enfant introuvable'} dans l'école : ${missing.join(', ')}. Importez d'abord les élèves.`,
      });
      continue;
    }
    const sameNames = (g: { firstName: string; lastName: string }) =>
      normalise(g.firstName) === normalise(row.firstName) && normalise(g.lastName) === normalise(row.lastName);
    const known =
      current.find((g) => sameNames(g) && g.childIds.some((id) => childIds.includes(id))) ??
      (row.email ? current.find((g) => g.email?.toLowerCase() === row.email) : undefined);
    const again = known ? planned.get(known.id) : undefined;
    if (known) {
      const addedChildren = childIds.filter((id) => !known.childIds.includes(id));
      const email = row.email ?? known.email;
      const changed =
        addedChildren.length > 0 ||
        email !== known.email ||
        known.firstName !== row.firstName ||
        known.lastName !== row.lastName;
      if (!changed) {
        if (!again) unchanged++;
        continue;
      }
      known.childIds.push(...addedChildren);
      known.email = email;
      known.firstName = row.firstName;
      known.lastName = row.lastName;
      if (again) Object.assign(again, { ...known, isNew: again.isNew });
      else {
        updated++;
        planned.set(known.id, { ...known, childIds: [...known.childIds], isNew: false, line: row.line });
      }
      continue;
    }
    const id = newId();
    created++;
    const guardian = {
      id,
      firstName: row.firstName,
      lastName: row.lastName,
      email: row.email,
      childIds: [...childIds],
    };
    current.push({ ...guardian, childIds: [...childIds] });
    planned.set(id, { ...guardian, isNew: true, line: row.line });
    accounts.push({
      id,
      role: 'PARENT',
      displayName: displayName(row),
      firstName: row.firstName,
      lastName: row.lastName,
    });
  }
  for (const g of planned.values()) {
    const now = current.find((c) => c.id === g.id) ?? g;
    changes.guardians.push({
      id: g.id,
      firstName: now.firstName,
      lastName: now.lastName,
      email: now.email,
      childIds: [...now.childIds],
      isNew: g.isNew,
    });
  }
  return {
    report: {
      kind: 'guardians',
      created,
      updated,
      unchanged,
      leaving: 0,
      errors: errors.sort((a, b) => a.line - b.line),
      leavingPupils: [],
      newClasses: [],
    },
    changes,
    accounts,
  };
}
