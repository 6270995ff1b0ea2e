import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { loadStoredLanguage } from './i18n';
import './styles.css';

const PublicCataloguePage = lazy(async () => ({
  default: (await import('./pages/networks-public')).PublicCataloguePage,
}));
const catalogue = /^\/katalog\/([0-9a-f-]{36})\/?$/.exec(window.location.pathname);

void loadStoredLanguage().then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {/* A network's public catalogue (issue 19) needs no session: it never starts the signed-in shell. */}
      {catalogue ? (
        <Suspense fallback={null}>
          <PublicCataloguePage networkId={catalogue[1]!} />
        </Suspense>
      ) : (
        <App />
      )}
    </StrictMode>,
  ),
);

// Installable, and opens without network (issue 17 item 7): the service worker keeps the app's own files.
if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/sw.js').catch(() => undefined);
// The crews' queue of job days saved offline, sent when the connection returns (its own chunk).
void import('./offline/job-day-queue').then((m) => m.startJobDayQueue());
