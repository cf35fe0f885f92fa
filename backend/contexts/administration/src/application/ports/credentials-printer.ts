/**
 * The paper a school hands out (issue 11, docs/product/brief.md, Administration console): login sheets, one card per
 * pupil, and one letter per family. The application decides what goes on them; the adapter lays them out as a PDF with
 * its fonts embedded. Credentials are derived, never stored (decision 0010): printing twice prints the same.
 */
export const CREDENTIALS_PRINTER = Symbol('CREDENTIALS_PRINTER');

/** One pupil's card. */
export interface LoginCard {
  displayName: string;
  className: string;
  login: string;
  /** Null once the pupil chose their own password: the card says so instead. */
  firstPassword: string | null;
  /** What the card's QR code holds (`PC1.<account id>.<secret>`); null when the pupil has no card yet. */
  cardToken: string | null;
}

/** A class's cards: each class starts on a new page, its name and the school's on every page. */
export interface LoginSheetsToPrint {
  schoolName: string;
  classes: { className: string; cards: LoginCard[] }[];
}

/** One letter: a guardian, their children in the school, and how to open their account. */
export interface FamilyLetter {
  guardianName: string;
  login: string;
  children: { displayName: string; className: string | null }[];
  /** Null when the account is already activated: the letter says so instead of giving a code. */
  activationCode: string | null;
  /** ISO instant; printed as a date in Europe/Paris. */
  activationExpiresAt: string | null;
}

export interface FamilyLettersToPrint {
  schoolName: string;
  /** Where Préau answers, as a family types it on a phone ("https://preau.ecole.fr"). */
  publicUrl: string;
  letters: FamilyLetter[];
}

export interface CredentialsPrinter {
  /** A4 pages of cut-out cards (2 × 4 a page) → the PDF. */
  loginSheets(sheets: LoginSheetsToPrint): Promise<Buffer>;
  /** One A4 page per letter → the PDF. */
  familyLetters(letters: FamilyLettersToPrint): Promise<Buffer>;
}

/** A printed PDF, what it holds and the name a browser saves it under. */
export interface PrintedDocument {
  pdf: Buffer;
  /** Cards or letters printed: the audit trail records how many credentials left on paper. */
  accounts: number;
  /** ASCII, e.g. "cartes-ce2-a.pdf". */
  filename: string;
}
