import type { Connection } from '@parley/sdk';
import { Link } from '../ui/components';

/** What each state means for the person looking at it. */
export const STATUS_TEXT: Record<Connection['status'], string> = {
  pending: 'Starting',
  qr: 'Waiting for a scan',
  connecting: 'Connecting',
  connected: 'Connected',
  disconnected: 'Disconnected, reconnecting',
  logged_out: 'Logged out',
  failed: 'Failed',
};

export function connectionLabel(connection: Connection): string {
  return connection.name ?? connection.phone_number ?? connection.id;
}

/** One connection in a list: its name (a link to it), its state and its number. */
export function ConnectionItem({ connection, selected = false }: { connection: Connection; selected?: boolean }) {
  return (
    <li class={selected ? 'selected' : ''}>
      <Link to={`/connections?id=${connection.id}`}>
        <strong>{connectionLabel(connection)}</strong>
      </Link>
      <span class={`status ${connection.status}`}>{STATUS_TEXT[connection.status]}</span>
      <span class="muted">{connection.phone_number ?? 'No number linked'}</span>
    </li>
  );
}
