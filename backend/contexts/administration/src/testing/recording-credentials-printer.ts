import type { CredentialsPrinter, FamilyLettersToPrint, LoginSheetsToPrint } from '../application/ports/credentials-printer';

/** The printer port for handler specs: keeps what it was asked to print, answers a small fake PDF. */
export class RecordingCredentialsPrinter implements CredentialsPrinter {
  readonly sheets: LoginSheetsToPrint[] = [];
  readonly letters: FamilyLettersToPrint[] = [];

  async loginSheets(sheets: LoginSheetsToPrint): Promise<Buffer> {
    this.sheets.push(sheets);
    return Buffer.from('%PDF-sheets');
  }

  async familyLetters(letters: FamilyLettersToPrint): Promise<Buffer> {
    this.letters.push(letters);
    return Buffer.from('%PDF-letters');
  }
}
