/** The school years the directory knows (directory.school_year): the current one, and whether one exists. */
export interface SchoolYearsReadModel {
  current(): Promise<string | null>;
  exists(id: string): Promise<boolean>;
}

export const SCHOOL_YEARS_READ_MODEL = Symbol('SchoolYearsReadModel');
