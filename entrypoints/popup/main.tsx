import { QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import '@/components/styles.css';
import '@/components/popup.css';
import { createQueryClient } from '@/lib/overlay/queries';
import { PopupApp } from './PopupApp';

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={createQueryClient()}>
    <PopupApp />
  </QueryClientProvider>,
);
