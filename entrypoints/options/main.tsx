import { QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import '@/components/styles.css';
import '@/components/options/options.css';
import { createQueryClient } from '@/lib/queries';
import { OptionsApp } from './OptionsApp';

// MV3 forbids eval; zod must not compile validators with `new Function`.
z.config({ jitless: true });

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={createQueryClient()}>
    <OptionsApp />
  </QueryClientProvider>,
);
