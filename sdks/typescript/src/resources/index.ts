// Generated from openapi/openapi.yaml by `npm run generate` — do not edit.
export * from './auth.js';
export * from './account.js';
export * from './api-keys.js';
export * from './connections.js';
export * from './contacts.js';
export * from './opt-outs.js';
export * from './messages.js';
export * from './templates.js';
export * from './media.js';
export * from './chats.js';
export * from './sandbox.js';
export * from './bulk-jobs.js';
export * from './events.js';
export * from './webhook-endpoints.js';
export * from './admin.js';
export * from './platform.js';
