import { QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import '@/components/styles.css';
import '@/components/options/options.css';
import { createQueryClient } from '@/lib/overlay/queries';
import { OptionsApp } from './OptionsApp';

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={createQueryClient()}>
    <OptionsApp />
  </QueryClientProvider>,
);
