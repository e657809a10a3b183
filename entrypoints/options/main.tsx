import { QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import '@/components/styles.css';
import '@/components/options/options.css';
import { uiLanguage } from '@/lib/i18n/t';
import { createQueryClient } from '@/lib/overlay/queries';
import { THEME_ATTRIBUTE, watchSystemTheme } from '@/lib/overlay/theme';
import { OptionsApp } from './OptionsApp';

// The page has no host to follow: the system's light or dark (components/styles.css keys on the attribute), and the
// UI's language, so screen readers and fonts (Japanese) read the text as what it is.
const html = document.documentElement as HTMLElement | undefined;
if (html) {
  html.lang = uiLanguage();
  watchSystemTheme((theme) => html.setAttribute(THEME_ATTRIBUTE, theme));
}

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={createQueryClient()}>
    <OptionsApp />
  </QueryClientProvider>,
);
