import { atLeast } from '../api/roles';
import { getState } from '../api/session';
import { AccountSettings } from './AccountSettings';
import { EraseAccount } from './EraseAccount';
import { Exports } from './Exports';
import { TwoFactor } from './TwoFactor';
import { YourAddress } from './YourAddress';

/** The account's name and security, your address and your own two-factor authentication, data exports and erasure. */
export function SettingsPage() {
  const { session } = getState();
  const role = session?.role;
  return (
    <>
      <AccountSettings />
      <YourAddress />
      <TwoFactor />
      {atLeast(role, 'admin') && <Exports />}
      {role === 'owner' && <EraseAccount />}
    </>
  );
}
