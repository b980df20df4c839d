import { fetchMediaFromUrl } from '../media/media.js';
import { scopeOf } from '../platform/actor.js';
import { invalidRequest } from '../platform/http/errors.js';
import { authenticatedRoute, preparedAuthenticatedRoute } from '../platform/http/route.js';
import {
  connectedConnection,
  getContactProfile,
  getOwnProfile,
  lidOfPhoneNumber,
  listBlocked,
  phoneNumberOfLid,
  removeOwnPicture,
  setBlocked,
  setOwnPicture,
  updateOwnProfile,
} from './profile-service.js';

/** WhatsApp profiles, the blocklist and LID look-ups through a connection (server/connections/profiles.ts). */
export const profileRoutes = [
  authenticatedRoute('getConnectionProfile', async ({ trx, services, params }) => ({ status: 200, body: await getOwnProfile(trx, services, params.id) })),

  authenticatedRoute('updateConnectionProfile', async ({ trx, services, params, body }) => ({
    status: 200,
    body: await updateOwnProfile(trx, services, params.id, body),
  })),

  preparedAuthenticatedRoute(
    'setConnectionProfilePicture',
    // A URL is fetched (and checked as an image) before the transaction opens, as for image messages.
    async ({ services, actor, params, body }) => {
      if ((body.media_id === undefined) === (body.url === undefined)) {
        throw invalidRequest(
          body.media_id === undefined ? 'parameter_missing' : 'parameter_conflict',
          'A profile picture needs exactly one of media_id (an upload) or url.',
          'media_id',
        );
      }
      if (body.url === undefined) return undefined;
      // Nothing is fetched or stored for a connection that could not take the picture.
      await services.db.tenant(scopeOf(actor), (trx) => connectedConnection(trx, params.id));
      return (await fetchMediaFromUrl(services, scopeOf(actor), body.url, 'image', 'url')).id;
    },
    async ({ trx, services, params, body, prepared }) => ({
      status: 200,
      body: await setOwnPicture(trx, services, params.id, prepared ?? body.media_id!, prepared ? 'url' : 'media_id'),
    }),
  ),

  authenticatedRoute('deleteConnectionProfilePicture', async ({ trx, services, params }) => ({ status: 200, body: await removeOwnPicture(trx, services, params.id) })),

  authenticatedRoute('getWhatsAppProfile', async ({ trx, services, params }) => ({
    status: 200,
    body: await getContactProfile(trx, services, params.id, params.phone_number),
  })),

  authenticatedRoute('listBlockedNumbers', async ({ trx, services, params }) => ({ status: 200, body: await listBlocked(trx, services, params.id) })),

  authenticatedRoute('blockNumber', async ({ trx, services, params, body }) => ({
    status: 200,
    body: await setBlocked(trx, services, params.id, body.phone_number, true, 'phone_number'),
  })),

  authenticatedRoute('unblockNumber', async ({ trx, services, params }) => ({
    status: 200,
    body: await setBlocked(trx, services, params.id, params.phone_number, false, 'phone_number'),
  })),

  authenticatedRoute('getLidMapping', async ({ trx, services, params }) => ({ status: 200, body: await phoneNumberOfLid(trx, services, params.id, params.lid) })),

  authenticatedRoute('getPhoneNumberLid', async ({ trx, services, params }) => ({
    status: 200,
    body: await lidOfPhoneNumber(trx, services, params.id, params.phone_number),
  })),
];
