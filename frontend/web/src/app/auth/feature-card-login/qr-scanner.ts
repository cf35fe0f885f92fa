import { InjectionToken } from '@angular/core';

/** A running scan: stop it to let the camera go (its light goes off). */
export interface ScanControls {
  stop(): void;
}

/**
 * Reads QR codes from the camera into a <video> preview, calling `onCode` with each text read. Rejects with the
 * browser's error when there is no camera (NotFoundError) or it is refused (NotAllowedError).
 */
export interface QrScanner {
  start(video: HTMLVideoElement, onCode: (text: string) => void): Promise<ScanControls>;
}

/**
 * The camera's back side on a tablet (`facingMode: environment`), no sound. zxing is imported here, lazily: only
 * this page's bundle carries it.
 */
export class ZxingQrScanner implements QrScanner {
  async start(video: HTMLVideoElement, onCode: (text: string) => void): Promise<ScanControls> {
    if (!navigator.mediaDevices?.getUserMedia) throw new DOMException('No camera API', 'NotFoundError');
    const { BrowserQRCodeReader } = await import('@zxing/browser');
    const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 200 });
    return reader.decodeFromConstraints({ audio: false, video: { facingMode: 'environment' } }, video, (result) => {
      if (result) onCode(result.getText());
    });
  }
}

/** The QR scanner of the card login page (a fake in the specs). */
export const QR_SCANNER = new InjectionToken<QrScanner>('QR_SCANNER', {
  providedIn: 'root',
  factory: () => new ZxingQrScanner(),
});
