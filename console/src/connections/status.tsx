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

/** What the API's `status_reason` codes mean; a code not listed is shown as it is. */
export const REASON_TEXT: Record<string, string> = {
  logged_out_by_user: 'It was logged out from Parley.',
  logged_out_from_phone: 'It was logged out from the phone (Linked devices).',
  banned: 'WhatsApp banned this number.',
  connection_replaced: 'Another session of this number took its place.',
  multidevice_mismatch: 'The phone’s WhatsApp does not support linked devices.',
  pairing_timeout: 'Nobody linked it in time. Restart it for a new QR code.',
  connection_lost: 'The link to WhatsApp was lost; Parley reconnects on its own.',
  connection_closed: 'WhatsApp closed the link; Parley reconnects on its own.',
  restart_required: 'WhatsApp asked for a restart; Parley restarts it on its own.',
  bad_session: 'Its saved session could not be used. Log it out and link it again.',
  service_unavailable: 'WhatsApp was unavailable; Parley tries again.',
  account_suspended: 'The account is suspended.',
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
