import { lazy, type ReactNode, Suspense } from 'react';
import { type RouteObject, useLocation } from 'react-router';
import { PageErrorBoundary } from '../components/PageErrorBoundary.tsx';
import { Loading } from '../components/states.tsx';
import { AppShell } from './AppShell.tsx';
import { RequireSession } from './session.tsx';

// Every page is its own chunk: the first screen loads only the shell and the page it shows.
const page = <K extends string>(load: () => Promise<Record<K, () => ReactNode>>, name: K) =>
  lazy(() => load().then((module) => ({ default: module[name] })));

const LoginPage = page(() => import('../pages/login/LoginPage.tsx'), 'LoginPage');
const HomePage = page(() => import('../pages/home/HomePage.tsx'), 'HomePage');
const CandidateListPage = page(
  () => import('../pages/candidates/CandidateListPage.tsx'),
  'CandidateListPage',
);
const CandidateNewPage = page(() => import('../pages/candidates/CandidateNewPage.tsx'), 'CandidateNewPage');
const CandidatePage = page(() => import('../pages/candidates/CandidatePage.tsx'), 'CandidatePage');
const ClientListPage = page(() => import('../pages/clients/ClientListPage.tsx'), 'ClientListPage');
const ClientNewPage = page(() => import('../pages/clients/ClientNewPage.tsx'), 'ClientNewPage');
const ClientPage = page(() => import('../pages/clients/ClientPage.tsx'), 'ClientPage');
const ContactListPage = page(() => import('../pages/contacts/ContactListPage.tsx'), 'ContactListPage');
const JobOrderListPage = page(() => import('../pages/job-orders/JobOrderListPage.tsx'), 'JobOrderListPage');
const JobOrderNewPage = page(() => import('../pages/job-orders/JobOrderNewPage.tsx'), 'JobOrderNewPage');
const JobOrderPage = page(() => import('../pages/job-orders/JobOrderPage.tsx'), 'JobOrderPage');
const JourneyMapPage = page(() => import('../pages/journeys/JourneyMapPage.tsx'), 'JourneyMapPage');
const AttentionPage = page(() => import('../pages/attention/AttentionPage.tsx'), 'AttentionPage');
const JourneyDefinitionPage = page(
  () => import('../pages/settings/JourneyDefinitionPage.tsx'),
  'JourneyDefinitionPage',
);
const MessagesPage = page(() => import('../pages/messages/MessagesPage.tsx'), 'MessagesPage');
const MessageSettingsPage = page(
  () => import('../pages/settings/MessageSettingsPage.tsx'),
  'MessageSettingsPage',
);
const WorkQueuePage = page(() => import('../pages/work-queue/WorkQueuePage.tsx'), 'WorkQueuePage');
const CompliancePage = page(() => import('../pages/compliance/CompliancePage.tsx'), 'CompliancePage');
const StandardsSettingsPage = page(
  () => import('../pages/settings/StandardsSettingsPage.tsx'),
  'StandardsSettingsPage',
);
const StageResourcesPage = page(
  () => import('../pages/settings/StageResourcesPage.tsx'),
  'StageResourcesPage',
);
const NotFoundPage = page(() => import('../pages/NotFoundPage.tsx'), 'NotFoundPage');

function Standalone({ children }: { children: ReactNode }) {
  const location = useLocation();
  return (
    <PageErrorBoundary resetKey={location.pathname}>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </PageErrorBoundary>
  );
}

export const appRoutes: RouteObject[] = [
  {
    path: '/login',
    element: (
      <Standalone>
        <LoginPage />
      </Standalone>
    ),
  },
  {
    element: (
      <RequireSession>
        <AppShell />
      </RequireSession>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'candidates', element: <CandidateListPage /> },
      { path: 'candidates/new', element: <CandidateNewPage /> },
      { path: 'candidates/:id', element: <CandidatePage /> },
      { path: 'clients', element: <ClientListPage /> },
      { path: 'clients/new', element: <ClientNewPage /> },
      { path: 'clients/:id', element: <ClientPage /> },
      { path: 'contacts', element: <ContactListPage /> },
      { path: 'job-orders', element: <JobOrderListPage /> },
      { path: 'job-orders/new', element: <JobOrderNewPage /> },
      { path: 'job-orders/:id', element: <JobOrderPage /> },
      { path: 'journeys/:segment', element: <JourneyMapPage /> },
      { path: 'attention', element: <AttentionPage /> },
      { path: 'work', element: <WorkQueuePage /> },
      { path: 'compliance', element: <CompliancePage /> },
      { path: 'settings/standards', element: <StandardsSettingsPage /> },
      { path: 'settings/journeys/:type', element: <JourneyDefinitionPage /> },
      { path: 'messages', element: <MessagesPage /> },
      { path: 'settings/messages', element: <MessageSettingsPage /> },
      { path: 'settings/status-page', element: <StageResourcesPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
