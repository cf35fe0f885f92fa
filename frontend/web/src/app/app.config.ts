import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  isDevMode,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
} from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { provideTransloco } from '@jsverse/transloco';
import { appRoutes } from './app.routes';
import { LANGUAGES, LanguageStore, DEFAULT_LANGUAGE } from './shared/i18n/language-store';
import { TranslatedTitleStrategy } from './shared/i18n/translated-title-strategy';
import { TranslocoHttpLoader } from './shared/i18n/transloco-http-loader';
import { csrfInterceptor } from './shared/http/csrf-interceptor';
import { loadingInterceptor } from './shared/http/loading-interceptor';
import { passwordChangeInterceptor } from './shared/http/password-change-interceptor';
import { unauthorizedInterceptor } from './shared/http/unauthorized-interceptor';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideRouter(appRoutes, withComponentInputBinding(), withInMemoryScrolling({ scrollPositionRestoration: 'top' })),
    provideHttpClient(
      withFetch(),
      withInterceptors([loadingInterceptor, csrfInterceptor, unauthorizedInterceptor, passwordChangeInterceptor]),
    ),
    provideTransloco({
      config: {
        availableLangs: [...LANGUAGES],
        defaultLang: DEFAULT_LANGUAGE,
        fallbackLang: DEFAULT_LANGUAGE,
        missingHandler: { useFallbackTranslation: true, logMissingKey: isDevMode() },
        reRenderOnLangChange: true,
        prodMode: !isDevMode(),
      },
      loader: TranslocoHttpLoader,
    }),
    { provide: TitleStrategy, useClass: TranslatedTitleStrategy },
    provideAppInitializer(() => {
      // Material Symbols (self-hosted) for every <mat-icon>.
      inject(MatIconRegistry).setDefaultFontSetClass('material-symbols-outlined');
      // Start in the remembered language, with its texts loaded: no flash of keys.
      const language = inject(LanguageStore);
      return language.use(language.initial());
    }),
  ],
};
