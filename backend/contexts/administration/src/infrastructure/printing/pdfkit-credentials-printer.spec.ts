import type { LoginCard } from '../../application/ports/credentials-printer';
import { cardQrPng, cardQrY4m } from './card-qr';
import { PdfkitCredentialsPrinter, parisDateTime } from './pdfkit-credentials-printer';
import { decodeLuma, decodeQrOnPage, pdfFonts, pdfPageCount, pdfText } from './testing/read-pdf';

const TOKEN = 'PC1.0b6f1c3e-8a43-4a53-9d3c-2f1e0f6a7b10.q3Vx9kLmN2pR7sT4uW8yZ1aB5cD6eF0gH';

const card = (displayName: string, login: string, more: Partial<LoginCard> = {}): LoginCard => ({
  displayName,
  className: 'CE2 A',
  login,
  firstPassword: 'lapin-vert-42',
  cardToken: TOKEN,
  ...more,
});

describe('PdfkitCredentialsPrinter', () => {
  const printer = new PdfkitCredentialsPrinter();

  describe('login sheets', () => {
    it('prints one card per pupil with their name (accents and apostrophes whole), class, login and first password', async () => {
      const pdf = await printer.loginSheets({
        schoolName: 'École Jules Ferry',
        classes: [
          {
            className: 'CE2 A',
            cards: [
              card('Chloé LEROY', 'chloe.leroy', { firstPassword: 'lapin-vert-42' }),
              card('Zoé N\'DIAYE', 'zoe.ndiaye', { firstPassword: 'hibou-bleu-07' }),
              card('Anaïs LEFÈVRE-BRÛLÉ', 'anais.lefevre-brule', { firstPassword: null }),
            ],
          },
        ],
      });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = await pdfText(pdf);
      for (const expected of [
        'École Jules Ferry — CE2 A',
        'Chloé LEROY',
        "Zoé N'DIAYE",
        'Anaïs LEFÈVRE-BRÛLÉ',
        'chloe.leroy',
        'zoe.ndiaye',
        'anais.lefevre-brule',
        'lapin-vert-42',
        'hibou-bleu-07',
        'mot de passe déjà choisi',
      ])
        expect(text).toContain(expected);
      expect(text.match(/Je scanne ma carte sur la tablette de la classe/g)).toHaveLength(3);
      expect(await pdfPageCount(pdf)).toBe(1);
    });

    it('embeds its fonts (DejaVu, no standard font the printer would substitute)', async () => {
      const pdf = await printer.loginSheets({ schoolName: 'École Jules Ferry', classes: [{ className: 'CE2 A', cards: [card('Chloé LEROY', 'chloe.leroy')] }] });
      const fonts = await pdfFonts(pdf);
      expect(fonts.map((f) => f.name)).toEqual(expect.arrayContaining(['DejaVuSans', 'DejaVuSans-Bold', 'DejaVuSansMono-Bold']));
      expect(fonts.every((f) => f.embedded)).toBe(true);
    });

    it('prints a QR code a camera reads back as the card token', async () => {
      const pdf = await printer.loginSheets({ schoolName: 'École Jules Ferry', classes: [{ className: 'CE2 A', cards: [card('Chloé LEROY', 'chloe.leroy')] }] });
      expect(await decodeQrOnPage(pdf)).toBe(TOKEN);
    });

    it('says when a pupil has no card yet instead of a QR code', async () => {
      const pdf = await printer.loginSheets({
        schoolName: 'École Jules Ferry',
        classes: [{ className: 'CE2 A', cards: [card('Chloé LEROY', 'chloe.leroy', { cardToken: null })] }],
      });
      expect(await pdfText(pdf)).toContain('Pas encore de carte');
      expect(await decodeQrOnPage(pdf)).toBeNull();
    });

    it('lays 8 cards a page: 30 pupils take 4 pages, each class starts on its own page with its name', async () => {
      const pupils = Array.from({ length: 30 }, (_, i) => card(`Élève ${i + 1}`, `eleve.${i + 1}`));
      const pdf = await printer.loginSheets({
        schoolName: 'École Jules Ferry',
        classes: [
          { className: 'CE2 A', cards: pupils },
          { className: 'CM1/CM2', cards: [card('Hugo PETIT', 'hugo.petit', { className: 'CM1/CM2' })] },
        ],
      });
      expect(await pdfPageCount(pdf)).toBe(5);
      const pages = (await pdfText(pdf)).split('\f');
      for (const page of pages.slice(0, 4)) expect(page).toContain('École Jules Ferry — CE2 A');
      expect(pages[4]).toContain('École Jules Ferry — CM1/CM2');
      expect(pages[4]).toContain('hugo.petit');
      const logins = pages.join('\n').match(/eleve\.\d+/g) ?? [];
      expect(new Set(logins).size).toBe(30);
    });

    it('prints a page that says so when there is nobody to print', async () => {
      const pdf = await printer.loginSheets({ schoolName: 'École Jules Ferry', classes: [{ className: 'CE2 A', cards: [] }] });
      expect(await pdfText(pdf)).toContain('Aucun élève à imprimer.');
    });
  });

  describe('family letters', () => {
    const letters = {
      schoolName: 'École Jules Ferry',
      publicUrl: 'https://preau.example.fr',
      letters: [
        {
          guardianName: 'Aïcha N\'DIAYE',
          login: 'aicha.ndiaye',
          children: [
            { displayName: 'Zoé N\'DIAYE', className: 'CE2 A' },
            { displayName: 'Noé N\'DIAYE', className: 'CP' },
          ],
          activationCode: 'K7QM-4XZP-9RTW',
          activationExpiresAt: '2027-02-05T23:30:00.000Z',
        },
        {
          guardianName: 'Jérôme LEROY',
          login: 'jerome.leroy',
          children: [{ displayName: 'Chloé LEROY', className: 'CE2 A' }],
          activationCode: null,
          activationExpiresAt: null,
        },
      ],
    };

    it('writes one page per guardian, in plain French, with the code, its expiry in Paris and how to activate', async () => {
      const pdf = await printer.familyLetters(letters);
      expect(await pdfPageCount(pdf)).toBe(2);
      const [first, second] = (await pdfText(pdf)).split('\f');
      for (const expected of [
        "À l’attention de Aïcha N'DIAYE",
        "Zoé N'DIAYE (CE2 A)",
        "Noé N'DIAYE (CP)",
        'https://preau.example.fr',
        'aicha.ndiaye',
        'K7QM-4XZP-9RTW',
        // 23:30 UTC is the next day in Paris (UTC+1 in winter).
        '6 février 2027 à 00:30',
        'J’ai reçu un code d’activation',
        'Courrier perdu, code expiré ?',
      ])
        expect(first).toContain(expected);
      expect(second).toContain('Jérôme LEROY');
      expect(second).toContain('jerome.leroy');
      expect(second).toContain('déjà activé');
      expect(second).not.toContain('code d’activation');
    });

    it("prints a QR code a phone opens the activation page with (the login page once activated)", async () => {
      const pdf = await printer.familyLetters(letters);
      expect(await decodeQrOnPage(pdf, 1, 150)).toBe('https://preau.example.fr/activate');
      expect(await decodeQrOnPage(pdf, 2, 150)).toBe('https://preau.example.fr');
    });

    it('embeds its fonts', async () => {
      const fonts = await pdfFonts(await printer.familyLetters(letters));
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.every((f) => f.embedded && f.name.startsWith('DejaVu'))).toBe(true);
    });
  });

  it('formats an instant as a date and time in Europe/Paris', () => {
    expect(parisDateTime('2027-07-01T10:00:00.000Z')).toBe('1 juillet 2027 à 12:00');
  });

  it('renders a card QR code alone as a PNG, for a camera in a browser journey', async () => {
    const png = await cardQrPng(TOKEN, 300);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
  });

  it("makes a Y4M video of the card for Chromium's fake camera, whose frames read back as the card token", () => {
    const video = cardQrY4m(TOKEN, { width: 640, height: 480, frames: 2 });
    const header = 'YUV4MPEG2 W640 H480 F10:1 Ip A1:1 C420jpeg\n';
    expect(video.subarray(0, header.length).toString()).toBe(header);
    const frame = header.length + 'FRAME\n'.length;
    expect(video.length).toBe(header.length + 2 * ('FRAME\n'.length + 640 * 480 * 1.5));
    expect(decodeLuma(new Uint8ClampedArray(video.subarray(frame, frame + 640 * 480)), 640, 480)).toBe(TOKEN);
  });
});
