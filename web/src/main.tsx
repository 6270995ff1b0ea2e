import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { PublicCataloguePage } from './pages/networks-public';
import './styles.css';

const catalogue = /^\/katalog\/([0-9a-f-]{36})\/?$/.exec(window.location.pathname);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {/* A network's public catalogue (issue 19) needs no session: it never starts the signed-in shell. */}
    {catalogue ? <PublicCataloguePage networkId={catalogue[1]!} /> : <App />}
  </StrictMode>,
);
