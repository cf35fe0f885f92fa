import { Injectable } from '@nestjs/common';
import PDFDocument from 'pdfkit';
import type {
  CredentialsPrinter,
  FamilyLetter,
  FamilyLettersToPrint,
  LoginCard,
  LoginSheetsToPrint,
} from '../../application/ports/credentials-printer';
import { QUIET_ZONE_MODULES, qrModules } from './card-qr';
import { type FontName, fonts } from './fonts';

const MM = 72 / 25.4;
const A4 = { width: 595.28, height: 841.89 };

/** The login sheets' grid: 2 × 4 cards of about 95 × 65 mm, cut along dashed lines. */
export const CARD_GRID = {
  columns: 2,
  rows: 4,
  margin: 10 * MM,
  header: 16 * MM,
  /** The QR code with its quiet zone: 42 mm, well over the 35 mm a class tablet's camera reads from arm's length. */
  qrSize: 42 * MM,
} as const;
export const CARDS_PER_PAGE = CARD_GRID.columns * CARD_GRID.rows;
const CARD_WIDTH = (A4.width - 2 * CARD_GRID.margin) / CARD_GRID.columns;
const CARD_HEIGHT = (A4.height - 2 * CARD_GRID.margin - CARD_GRID.header) / CARD_GRID.rows;
const PAD = 4 * MM;

const INK = '#1a1a1a';
const GREY = '#555555';

/** Chunks of `list`, `size` at a time. */
function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** "5 février 2027 à 17:52", in Europe/Paris whatever the server's zone. */
export function parisDateTime(iso: string): string {
  return new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(new Date(iso));
}

/**
 * The PDFs of docs/product/brief.md (Administration console), made with pdfkit and the DejaVu fonts (embedded as
 * subsets: a PDF shows "Zoé N'DIAYE" the same on every printer, and its text can be read back and searched).
 */
@Injectable()
export class PdfkitCredentialsPrinter implements CredentialsPrinter {
  async loginSheets({ schoolName, classes }: LoginSheetsToPrint): Promise<Buffer> {
    const doc = this.document('Cartes de connexion', schoolName);
    const pages = classes.flatMap(({ className, cards }) =>
      (cards.length ? chunks(cards, CARDS_PER_PAGE) : [[]]).map((page) => ({ className, cards: page })),
    );
    if (!pages.length) pages.push({ className: '', cards: [] });
    pages.forEach((page, index) => {
      if (index > 0) doc.addPage();
      this.sheetHeader(doc, schoolName, page.className);
      if (!page.cards.length) {
        this.write(doc, 'regular', 12, INK, 'Aucun élève à imprimer.', CARD_GRID.margin, CARD_GRID.margin + CARD_GRID.header + 10);
        return;
      }
      this.cutLines(doc, page.cards.length);
      page.cards.forEach((card, i) => {
        const x = CARD_GRID.margin + (i % CARD_GRID.columns) * CARD_WIDTH;
        const y = CARD_GRID.margin + CARD_GRID.header + Math.floor(i / CARD_GRID.columns) * CARD_HEIGHT;
        this.card(doc, card, x, y);
      });
    });
    return this.finish(doc);
  }

  async familyLetters({ schoolName, publicUrl, letters }: FamilyLettersToPrint): Promise<Buffer> {
    const doc = this.document('Lettres aux familles', schoolName);
    if (!letters.length) this.write(doc, 'regular', 12, INK, 'Aucune famille à qui écrire.', 56, 56);
    letters.forEach((letter, index) => {
      if (index > 0) doc.addPage();
      this.letter(doc, schoolName, publicUrl, letter);
    });
    return this.finish(doc);
  }

  // ---- login sheets ----

  private sheetHeader(doc: PDFKit.PDFDocument, schoolName: string, className: string): void {
    const { margin } = CARD_GRID;
    const title = className ? `${schoolName} — ${className}` : schoolName;
    this.fitted(doc, 'bold', 14, INK, title, margin, margin, A4.width - 2 * margin);
    this.write(
      doc,
      'regular',
      9,
      GREY,
      'Cartes de connexion à Préau. Découpez-les en suivant les pointillés ; elles restent à l’école.',
      margin,
      margin + 20,
      { width: A4.width - 2 * margin },
    );
  }

  /** Dashed lines around each card of a page (shared edges drawn once more: the eye sees one line). */
  private cutLines(doc: PDFKit.PDFDocument, count: number): void {
    const { margin, header, columns } = CARD_GRID;
    doc.save().lineWidth(0.5).strokeColor('#888888').dash(4, { space: 3 });
    for (let i = 0; i < count; i++) {
      const x = margin + (i % columns) * CARD_WIDTH;
      const y = margin + header + Math.floor(i / columns) * CARD_HEIGHT;
      doc.rect(x, y, CARD_WIDTH, CARD_HEIGHT).stroke();
    }
    doc.undash().restore();
  }

  private card(doc: PDFKit.PDFDocument, card: LoginCard, x: number, y: number): void {
    const inner = CARD_WIDTH - 2 * PAD;
    const { qrSize } = CARD_GRID;
    this.fitted(doc, 'bold', 14, INK, card.displayName, x + PAD, y + PAD, inner);
    this.fitted(doc, 'regular', 10, GREY, card.className, x + PAD, y + PAD + 19, inner);

    const qrX = x + CARD_WIDTH - PAD - qrSize;
    const qrY = y + PAD + 34;
    const column = qrX - (x + PAD) - 2 * MM;
    let line = qrY + 4;
    this.write(doc, 'regular', 8, GREY, 'Identifiant', x + PAD, line);
    this.fitted(doc, 'monoBold', 12, INK, card.login, x + PAD, line + 10, column);
    line += 34;
    this.write(doc, 'regular', 8, GREY, 'Mot de passe', x + PAD, line);
    if (card.firstPassword) this.fitted(doc, 'monoBold', 12, INK, card.firstPassword, x + PAD, line + 10, column);
    else this.write(doc, 'regular', 9, INK, 'mot de passe déjà choisi', x + PAD, line + 10, { width: column });

    if (card.cardToken) this.qr(doc, card.cardToken, qrX, qrY, qrSize);
    else {
      doc.save().lineWidth(0.5).strokeColor('#aaaaaa').rect(qrX, qrY, qrSize, qrSize).stroke().restore();
      this.write(doc, 'regular', 8, GREY, 'Pas encore de carte : réimprimez les cartes de la classe.', qrX + 8, qrY + qrSize / 2 - 14, {
        width: qrSize - 16,
        align: 'center',
      });
    }
    this.write(doc, 'regular', 8.5, INK, 'Je scanne ma carte sur la tablette de la classe', x + PAD, y + CARD_HEIGHT - PAD - 9, {
      width: inner,
    });
  }

  /** The QR code as vector squares (crisp on any printer), its quiet zone left white. */
  private qr(doc: PDFKit.PDFDocument, token: string, x: number, y: number, size: number): void {
    const code = qrModules(token);
    const module = size / (code.size + 2 * QUIET_ZONE_MODULES);
    const origin = { x: x + QUIET_ZONE_MODULES * module, y: y + QUIET_ZONE_MODULES * module };
    doc.save();
    for (let row = 0; row < code.size; row++) {
      // One rectangle per run of dark modules in a row (a third of the drawing operations of one per module), a hair
      // taller and wider than the modules: no white seams between neighbours when a viewer anti-aliases.
      for (let column = 0; column < code.size; column++) {
        if (!code.dark(row, column)) continue;
        let end = column;
        while (end + 1 < code.size && code.dark(row, end + 1)) end++;
        doc.rect(origin.x + column * module, origin.y + row * module, (end - column + 1) * module + 0.05, module + 0.05);
        column = end;
      }
    }
    doc.fillColor('#000000').fill().restore();
  }

  // ---- family letters ----

  private letter(doc: PDFKit.PDFDocument, schoolName: string, publicUrl: string, letter: FamilyLetter): void {
    const left = 56;
    const width = A4.width - 2 * left;
    const text = (font: FontName, size: number, value: string, options: PDFKit.Mixins.TextOptions = {}) =>
      doc.font(font).fontSize(size).fillColor(INK).text(value, { width, ...options });

    doc.x = left;
    doc.y = 50;
    text('bold', 11, schoolName);
    text('regular', 9, 'Préau, l’espace numérique de l’école', { lineGap: 2 });
    doc.moveDown(1.5);
    text('bold', 16, `À l’attention de ${letter.guardianName}`);
    doc.moveDown(0.3);
    const children = letter.children.map((c) => (c.className ? `${c.displayName} (${c.className})` : c.displayName));
    if (children.length) text('regular', 11, `Parent de ${children.join(', ')}`);
    doc.moveDown(1);

    if (letter.activationCode) {
      text(
        'regular',
        11,
        'L’école vous ouvre un compte sur Préau, son espace numérique : vous y suivrez la vie de la classe, ' +
          'le cahier de liaison, les devoirs et les messages des enseignants. Ce courrier vous permet d’activer ' +
          'votre compte, une seule fois, depuis votre téléphone ou votre ordinateur.',
        { lineGap: 2 },
      );
      doc.moveDown(1);
      this.box(doc, left, width, [
        ['Adresse de Préau', publicUrl],
        ['Votre identifiant', letter.login],
        ['Votre code d’activation', letter.activationCode],
      ], `${publicUrl}/activate`);
      if (letter.activationExpiresAt)
        text('regular', 10, `Ce code fonctionne une seule fois, jusqu’au ${parisDateTime(letter.activationExpiresAt)} (heure de Paris).`);
      doc.moveDown(1);
      text('bold', 12, 'Pour activer votre compte depuis chez vous');
      doc.moveDown(0.3);
      [
        `Sur votre téléphone (ou votre ordinateur), ouvrez le navigateur et tapez l’adresse ${publicUrl}, ou scannez le code carré de l’encadré avec l’appareil photo du téléphone.`,
        `Touchez « J’ai reçu un code d’activation » (le code carré ouvre directement cette page : ${publicUrl}/activate).`,
        'Recopiez votre code d’activation (les majuscules et les tirets ne comptent pas).',
        'Choisissez votre mot de passe (au moins 10 caractères) et, si vous le souhaitez, votre adresse e-mail.',
        `C’est fait. Les fois suivantes, connectez-vous avec votre identifiant ${letter.login} et votre mot de passe.`,
      ].forEach((step, i) => {
        text('regular', 11, `${i + 1}.  ${step}`, { indent: 0, lineGap: 2 });
        doc.moveDown(0.2);
      });
      doc.moveDown(0.8);
      text('bold', 12, 'Courrier perdu, code expiré ?');
      doc.moveDown(0.3);
      text(
        'regular',
        11,
        'Demandez un nouveau code à l’école (à la directrice ou au directeur) : l’ancien cessera aussitôt de fonctionner. ' +
          'Gardez ce code pour vous : l’école ne vous le demandera jamais, ni par message ni par téléphone.',
        { lineGap: 2 },
      );
    } else {
      text('regular', 11, 'Votre compte Préau est déjà activé : vous n’avez pas de code à saisir.', { lineGap: 2 });
      doc.moveDown(1);
      this.box(doc, left, width, [
        ['Adresse de Préau', publicUrl],
        ['Votre identifiant', letter.login],
      ], publicUrl);
      doc.moveDown(0.5);
      text('regular', 11, 'Connectez-vous avec votre identifiant et le mot de passe que vous avez choisi.', { lineGap: 2 });
      doc.moveDown(0.8);
      text('bold', 12, 'Mot de passe oublié ?');
      doc.moveDown(0.3);
      text('regular', 11, 'Demandez à l’école (à la directrice ou au directeur) de réinitialiser votre mot de passe.', {
        lineGap: 2,
      });
    }
    doc.font('regular').fontSize(8).fillColor(GREY);
    doc.text('Courrier personnel, à conserver.', left, A4.height - 50, { width, align: 'center', lineBreak: false });
  }

  /**
   * Labelled values in a framed box, the values in a monospaced font (no 0/O or 1/l to mistake), and on its right a QR
   * code of `link` (a phone's camera opens the page without typing the address).
   */
  private box(doc: PDFKit.PDFDocument, left: number, width: number, rows: [string, string][], link: string): void {
    const top = doc.y;
    const rowHeight = 30;
    const height = Math.max(rows.length * rowHeight + 12, 28 * MM + 12);
    const qrSize = height - 12;
    doc.save().lineWidth(1).strokeColor(INK).roundedRect(left, top, width, height, 6).stroke().restore();
    rows.forEach(([label, value], i) => {
      const y = top + 8 + i * rowHeight;
      this.write(doc, 'regular', 9, GREY, label, left + 12, y);
      this.fitted(doc, 'monoBold', 13, INK, value, left + 12, y + 11, width - 36 - qrSize);
    });
    this.qr(doc, link, left + width - 6 - qrSize, top + 6, qrSize);
    doc.x = left;
    doc.y = top + height + 8;
  }

  // ---- the document ----

  private document(title: string, schoolName: string): PDFKit.PDFDocument {
    const all = fonts();
    // No default font (pdfkit would load its non-embedded Helvetica): every glyph printed comes from an embedded DejaVu.
    const doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      font: '',
      lang: 'fr-FR',
      displayTitle: true,
      info: { Title: `${title} — ${schoolName}`, Author: 'Préau', Creator: 'Préau' },
      autoFirstPage: false,
    });
    for (const [name, bytes] of Object.entries(all)) doc.registerFont(name, bytes);
    doc.addPage({ size: 'A4', margin: 0 });
    doc.font('regular');
    return doc;
  }

  private finish(doc: PDFKit.PDFDocument): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const parts: Buffer[] = [];
      doc.on('data', (part: Buffer) => parts.push(part));
      doc.on('end', () => resolve(Buffer.concat(parts)));
      doc.on('error', reject);
      doc.end();
    });
  }

  /** One line at (x, y), never moving the page's flow. */
  private write(
    doc: PDFKit.PDFDocument,
    font: FontName,
    size: number,
    color: string,
    value: string,
    x: number,
    y: number,
    options: PDFKit.Mixins.TextOptions = {},
  ): void {
    doc.font(font).fontSize(size).fillColor(color).text(value, x, y, { lineBreak: options.width !== undefined, ...options });
  }

  /**
   * One line shrunk (down to 7 pt) to fit `width`: a long name or login stays whole and on one line; one longer still
   * wraps at its hyphens rather than run over the QR code.
   */
  private fitted(doc: PDFKit.PDFDocument, font: FontName, size: number, color: string, value: string, x: number, y: number, width: number): void {
    let fitting = size;
    doc.font(font);
    while (fitting > 7 && doc.fontSize(fitting).widthOfString(value) > width) fitting -= 0.5;
    if (doc.fontSize(fitting).widthOfString(value) <= width) this.write(doc, font, fitting, color, value, x, y, { lineBreak: false });
    else this.write(doc, font, fitting, color, value, x, y, { width });
  }
}
