/**
 * Tenant queries run as APP_ROLE, which row-level security confines to the account set for the
 * transaction. System work that must cross tenants (authenticating a key, signing up, the platform
 * admin) runs as SYSTEM_ROLE, whose policies say so explicitly. Neither role can bypass RLS, and the
 * tables force RLS on their owner too: a query outside both sees nothing when the connecting user is
 * an ordinary owner. A superuser connection (the embedded default's) bypasses RLS altogether, so code
 * reaches data only through Database.tenant() and Database.system(), never through the bare pool.
 */
export const APP_ROLE = 'parley_app';
export const SYSTEM_ROLE = 'parley_system';
export const ACCOUNT_SETTING = 'parley.account_id';
export const MODE_SETTING = 'parley.mode';
