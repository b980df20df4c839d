/*
 * Where each operation lives in the SDKs: `parley.<resource>.<method>(...)`. The names are chosen here, once, for
 * both languages (Python uses the same names in snake_case), as a hand-written SDK would choose them: the
 * operationId is a stable id for the contract, not always a good method name (`getConnectionQr` reads better as
 * `connections.qr`). An operation missing from this table stops the generator, so a new endpoint never ships in
 * the SDKs under a name nobody picked.
 */

export interface MethodName {
  resource: string;
  method: string;
}

const table: Record<string, Record<string, string>> = {
  auth: {
    signup: 'signup',
    login: 'login',
    logout: 'logout',
    getSession: 'session',
    requestPasswordReset: 'requestPasswordReset',
    confirmPasswordReset: 'confirmPasswordReset',
    requestEmailVerification: 'requestEmailVerification',
    confirmEmailVerification: 'confirmEmailVerification',
    listMyAccounts: 'accounts',
    switchAccount: 'switchAccount',
    setupTwoFactor: 'setupTwoFactor',
    enableTwoFactor: 'enableTwoFactor',
    disableTwoFactor: 'disableTwoFactor',
  },
  members: {
    listMembers: 'list',
    updateMember: 'update',
    removeMember: 'remove',
    createInvitation: 'invite',
    listInvitations: 'listInvitations',
    revokeInvitation: 'revokeInvitation',
    acceptInvitation: 'acceptInvitation',
  },
  auditLog: { listAuditLog: 'list' },
  account: {
    getAccount: 'retrieve',
    updateAccount: 'update',
    deleteAccount: 'erase',
    createAccountExport: 'createExport',
    listAccountExports: 'listExports',
    getAccountExport: 'retrieveExport',
    downloadAccountExport: 'downloadExport',
  },
  plans: { listPlans: 'list' },
  billing: { getBilling: 'retrieve', createCheckoutSession: 'createCheckoutSession', createPortalSession: 'createPortalSession' },
  usage: {
    getUsage: 'retrieve',
    listUsageThresholds: 'listThresholds',
    createUsageThreshold: 'createThreshold',
    deleteUsageThreshold: 'deleteThreshold',
  },
  apiKeys: { createApiKey: 'create', listApiKeys: 'list', revokeApiKey: 'revoke' },
  connections: {
    createConnection: 'create',
    listConnections: 'list',
    getConnection: 'retrieve',
    updateConnection: 'update',
    deleteConnection: 'delete',
    restartConnection: 'restart',
    logoutConnection: 'logout',
    getConnectionQr: 'qr',
    requestPairingCode: 'requestPairingCode',
    setConnectionPresence: 'setPresence',
    streamConnectionEvents: 'events',
    createStatus: 'postStatus',
  },
  groups: {
    listGroups: 'list',
    createGroup: 'create',
    getGroup: 'retrieve',
    updateGroup: 'update',
    updateGroupParticipants: 'updateParticipants',
    getGroupInvite: 'invite',
    revokeGroupInvite: 'revokeInvite',
    joinGroup: 'join',
    leaveGroup: 'leave',
  },
  contacts: {
    checkContacts: 'check',
    createContact: 'create',
    listContacts: 'list',
    importContacts: 'import',
    getContact: 'retrieve',
    updateContact: 'update',
    deleteContact: 'delete',
  },
  optOuts: { createOptOut: 'create', listOptOuts: 'list', getOptOut: 'retrieve', deleteOptOut: 'delete' },
  messages: {
    createMessage: 'create',
    listMessages: 'list',
    getMessage: 'retrieve',
    cancelMessage: 'cancel',
    editMessage: 'edit',
    deleteMessage: 'delete',
    listMessageRevisions: 'listRevisions',
    listMessageReceipts: 'listReceipts',
  },
  templates: {
    createTemplate: 'create',
    listTemplates: 'list',
    getTemplate: 'retrieve',
    updateTemplate: 'update',
    deleteTemplate: 'delete',
    getTemplateVersion: 'retrieveVersion',
    renderTemplate: 'render',
    previewTemplate: 'preview',
  },
  media: { uploadMedia: 'upload', downloadMedia: 'download' },
  chats: { listChats: 'list', getChat: 'retrieve', listChatMessages: 'listMessages', markChatRead: 'markRead', sendChatPresence: 'sendPresence', subscribeChatPresence: 'subscribePresence' },
  profiles: {
    getConnectionProfile: 'retrieveOwn',
    updateConnectionProfile: 'updateOwn',
    setConnectionProfilePicture: 'setOwnPicture',
    deleteConnectionProfilePicture: 'removeOwnPicture',
    getWhatsAppProfile: 'retrieve',
  },
  blocklist: { listBlockedNumbers: 'list', blockNumber: 'block', unblockNumber: 'unblock' },
  lids: { getLidMapping: 'phoneNumber', getPhoneNumberLid: 'lid' },
  sandbox: {
    sandboxInbound: 'inbound',
    sandboxScan: 'scan',
    sandboxConfirmCode: 'confirmCode',
    sandboxPresence: 'presence',
    sandboxCall: 'call',
    sandboxEndCall: 'endCall',
    sandboxEditInbound: 'editInbound',
    sandboxDeleteInbound: 'deleteInbound',
    sandboxStatus: 'status',
  },
  bulkJobs: {
    createBulkJob: 'create',
    listBulkJobs: 'list',
    getBulkJob: 'retrieve',
    listBulkJobRecipients: 'listRecipients',
    exportBulkJobResults: 'results',
    pauseBulkJob: 'pause',
    resumeBulkJob: 'resume',
    cancelBulkJob: 'cancel',
  },
  events: { listEvents: 'list', streamEvents: 'stream', getEvent: 'retrieve' },
  webhookEndpoints: {
    createWebhookEndpoint: 'create',
    listWebhookEndpoints: 'list',
    getWebhookEndpoint: 'retrieve',
    updateWebhookEndpoint: 'update',
    deleteWebhookEndpoint: 'delete',
    getWebhookEndpointSecret: 'retrieveSecret',
    rotateWebhookEndpointSecret: 'rotateSecret',
    testWebhookEndpoint: 'test',
    recoverWebhookEndpoint: 'recover',
    listWebhookDeliveries: 'listDeliveries',
    getWebhookDelivery: 'retrieveDelivery',
    listWebhookDeliveryAttempts: 'listDeliveryAttempts',
    retryWebhookDelivery: 'retryDelivery',
  },
  admin: {
    adminListAccounts: 'listAccounts',
    adminGetAccount: 'retrieveAccount',
    adminUpdateAccount: 'updateAccount',
    adminSuspendAccount: 'suspendAccount',
    adminUnsuspendAccount: 'unsuspendAccount',
    adminListAccountFeatures: 'listAccountFeatures',
    adminSetAccountFeature: 'setAccountFeature',
    adminListAdmins: 'listAdmins',
    adminAddAdmin: 'addAdmin',
    adminRemoveAdmin: 'removeAdmin',
    adminListAuditLog: 'listAuditLog',
    adminGetPlatformHealth: 'health',
  },
  platform: {
    getHealth: 'health',
    getReadiness: 'readiness',
    getMetrics: 'metrics',
    getOpenApiDocument: 'openapi',
    getApiReference: 'docs',
  },
};

const byOperation = new Map<string, MethodName>(
  Object.entries(table).flatMap(([resource, methods]) =>
    Object.entries(methods).map(([operationId, method]) => [operationId, { resource, method }] as const),
  ),
);

export function methodNameOf(operationId: string): MethodName {
  const name = byOperation.get(operationId);
  if (!name) throw new Error(`sdks/codegen/resources.ts: name operation ${operationId} (resource and method) before generating the SDKs`);
  return name;
}

/** The resources in the order the SDKs list them. */
export const resourceOrder = Object.keys(table);

/** `bulkJobs` → `bulk_jobs`, `retrieveVersion` → `retrieve_version`. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** `bulkJobs` → `BulkJobs`. */
export function pascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}
