import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { SessionStore } from '../../shared/session/session-store';
import { setUpComponentTest, settle, text } from '../../../testing';
import { CardLoginPage } from './card-login-page';
import { QR_SCANNER, QrScanner } from './qr-scanner';

const CARD = '/api/v1/auth/card';
const TOKEN = 'PC1.0b8e2f1c-6a7d-4f00-9c1e-2d3b4a5c6d7e.s3cr3t';
const answer = { user: { id: 'p1', login: 'lea.martin', displayName: 'Léa Martin', role: 'PUPIL' }, csrfToken: 't' };

/** A camera and zxing stand-in: `show(text)` is a QR code held in front of it. */
class FakeScanner implements QrScanner {
  failure: Error | null = null;
  video: HTMLVideoElement | null = null;
  stops = 0;
  starts = 0;
  private onCode: ((text: string) => void) | null = null;

  async start(video: HTMLVideoElement, onCode: (text: string) => void) {
    this.starts++;
    if (this.failure) throw this.failure;
    this.video = video;
    this.onCode = onCode;
    return { stop: () => void this.stops++ };
  }

  show(code: string): void {
    this.onCode?.(code);
  }
}

describe('CardLoginPage', () => {
  const adopt = jest.fn();
  let scanner: FakeScanner;
  let backend: HttpTestingController;
  let navigateByUrl: jest.SpyInstance;

  async function render() {
    setUpComponentTest({
      imports: [CardLoginPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: SessionStore, useValue: { adopt } },
        { provide: QR_SCANNER, useValue: scanner },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    navigateByUrl = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    const fixture = TestBed.createComponent(CardLoginPage);
    await settle();
    const el = fixture.nativeElement as HTMLElement;
    return { fixture, el };
  }

  beforeEach(() => {
    scanner = new FakeScanner();
    adopt.mockReset().mockResolvedValue({});
  });
  afterEach(() => backend.verify());

  it('opens the camera into a visible preview that a reader hears explained', async () => {
    const { el } = await render();
    const video = el.querySelector('video') as HTMLVideoElement;
    expect(scanner.video).toBe(video);
    expect(video.getAttribute('aria-label')).toBe('Image de la caméra : place le code de ta carte dans le cadre.');
    expect(video.getAttribute('aria-describedby')).toBe('card-explanation');
    expect(text(el.querySelector('#card-explanation'))).toBe('Montre le code de ta carte à la caméra de la tablette.');
    expect(text(el.querySelector('[role=status]'))).toContain('La caméra regarde');
  });

  it('logs the pupil in with the card read, stops the camera and goes home', async () => {
    await render();
    scanner.show(TOKEN);
    await settle();
    const req = backend.expectOne(CARD);
    expect(req.request.body).toEqual({ token: TOKEN });
    expect(scanner.stops).toBe(1);
    req.flush(answer);
    await settle();
    expect(adopt).toHaveBeenCalledWith(answer);
    expect(navigateByUrl).toHaveBeenCalledWith('/');
  });

  it('says a card that no longer works in words a child understands, and lets try again', async () => {
    const { el } = await render();
    scanner.show(TOKEN);
    await settle();
    backend
      .expectOne(CARD)
      .flush({ type: 'about:blank', title: 'x', status: 401, code: 'CARD_INVALID' }, { status: 401, statusText: 'x' });
    await settle();
    expect(text(el.querySelector('[aria-live=assertive]'))).toContain(
      'Cette carte ne marche plus, demande à ta maîtresse ou ton maître.',
    );
    expect(navigateByUrl).not.toHaveBeenCalled();
    (el.querySelector('button') as HTMLButtonElement).click();
    await settle();
    expect(scanner.starts).toBe(2);
  });

  it('does not send a QR code that is not a Préau card', async () => {
    const { el } = await render();
    scanner.show('https://example.org/');
    await settle();
    backend.expectNone(CARD);
    expect(text(el.querySelector('[aria-live=assertive]'))).toContain('Cette carte ne marche plus');
  });

  it('says how long to wait after too many tries', async () => {
    const { el } = await render();
    scanner.show(TOKEN);
    await settle();
    backend
      .expectOne(CARD)
      .flush(
        { type: 'about:blank', title: 'x', status: 429, code: 'RATE_LIMITED' },
        { status: 429, statusText: 'x', headers: { 'Retry-After': '120' } },
      );
    await settle();
    expect(text(el.querySelector('[aria-live=assertive]'))).toContain("Trop d'essais. Attends 2 min, puis réessaie.");
  });

  it('explains a refused camera and leads back to the password form', async () => {
    scanner.failure = new DOMException('Permission denied', 'NotAllowedError');
    const { el } = await render();
    expect(text(el.querySelector('[aria-live=assertive]'))).toContain("La caméra n'est pas autorisée.");
    expect(el.querySelector('.preview')?.classList).toContain('hidden');
    const back = el.querySelector('a[href="/login"]');
    expect(text(back)).toContain('Entrer avec mon mot de passe');
  });

  it('says when there is no camera', async () => {
    scanner.failure = new DOMException('Requested device not found', 'NotFoundError');
    const { el } = await render();
    expect(text(el.querySelector('[aria-live=assertive]'))).toContain("Cette tablette n'a pas de caméra qui marche.");
  });

  it('stops the camera when the page is left', async () => {
    const { fixture } = await render();
    fixture.destroy();
    expect(scanner.stops).toBe(1);
  });
});
