import '@xyflow/react/dist/style.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startSession, starterDiagram, useSession } from './app/session';
import { useDocumentStore } from '../store/document-store';
import { useUiStore } from '../store/ui-store';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

startSession().catch((error: unknown) => {
  useUiStore.getState().showMessage({
    kind: 'error',
    title: `Your saved diagrams could not be opened (${error instanceof Error ? error.message : String(error)}). Is browser storage disabled? Edits in this tab will not be saved.`,
  });
  // Still let the user work, on the starter diagram, rather than show an empty page.
  useDocumentStore.getState().load(starterDiagram());
  useSession.setState({ ready: true });
});
