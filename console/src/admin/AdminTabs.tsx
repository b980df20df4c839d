import { Link } from '../ui/components';
import { useLocation } from '../ui/router';

const TABS = [
  { path: '/admin', label: 'Accounts' },
  { path: '/admin/health', label: 'Health' },
  { path: '/admin/admins', label: 'Admins' },
  { path: '/admin/audit-log', label: 'Audit log' },
];

/** The platform admin's area: its pages, one link each. */
export function AdminTabs() {
  const { path } = useLocation();
  return (
    <nav class="tabs" aria-label="Platform admin">
      {TABS.map((tab) => (
        <Link key={tab.path} to={tab.path} aria-current={tab.path === path ? 'page' : undefined}>
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
