import { atLeast } from '../api/roles';
import { getState } from '../api/session';
import { AccountSettings } from './AccountSettings';
import { EraseAccount } from './EraseAccount';
import { Exports } from './Exports';
import { TwoFactor } from './TwoFactor';

/** The account's name and security, your own two-factor authentication, data exports and erasure. */
export function SettingsPage() {
  const { session } = getState();
  const role = session?.role;
  return (
    <>
      <AccountSettings />
      <TwoFactor />
      {atLeast(role, 'admin') && <Exports />}
      {role === 'owner' && <EraseAccount />}
    </>
  );
}
