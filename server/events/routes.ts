import { scopeOf } from '../platform/actor.js';
import { invalidRequest } from '../platform/http/errors.js';
import { authenticatedRoute } from '../platform/http/route.js';
import { eventsAfter, findEvent, listEvents, presentEvent } from './events.js';

const EVENT_ID = /^evt_[0-9A-Za-z]+$/;

export const eventRoutes = [
  authenticatedRoute('listEvents', async ({ trx, query }) => ({ status: 200, body: await listEvents(trx, query) })),

  authenticatedRoute('getEvent', async ({ trx, params }) => ({ status: 200, body: presentEvent(await findEvent(trx, params.id)) })),

  authenticatedRoute('streamEvents', async ({ trx, services, actor, request }) => {
    // Header parameters are not validated by the pipeline, so the resume point is checked here.
    const lastEventId = request.header('Last-Event-ID');
    if (lastEventId !== undefined && !EVENT_ID.test(lastEventId)) {
      throw invalidRequest('parameter_invalid', 'Invalid header Last-Event-ID: it must be an event id (evt_...).', 'Last-Event-ID');
    }
    const stream = await services.eventStreams.open(scopeOf(actor), async () => (lastEventId === undefined ? [] : eventsAfter(trx, lastEventId)));
    return {
      status: 200,
      raw: { type: 'text/event-stream', body: stream, headers: { 'Cache-Control': 'no-cache, no-transform', 'X-Accel-Buffering': 'no' } },
    };
  }),
];
