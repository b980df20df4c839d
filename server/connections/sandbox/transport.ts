import { randomBytes, randomInt } from 'node:crypto';
import { conflict, invalidRequest } from '../../platform/http/errors.js';
import { digitsOf, normalizePhoneNumber } from '../../platform/phone.js';
import {
  notConnected,
  PermanentSendError,
  REACH_OUT_REFUSED,
  type GroupReceipt,
  type LinkedIdentity,
  type MessageStatusUpdate,
  type NumberCheck,
  type OutboundMessage,
  type SentMessageRef,
  type Transport,
  type TransportContext,
  type TransportSession,
} from '../transport.js';
import type { Database } from '../../platform/db/database.js';
import type { StatusPost } from '../status-history.js';
import { isGroupId } from '../groups.js';
import { SandboxGroups } from './groups.js';
import { sandboxHistory } from './history.js';
import { SandboxInteractions } from './interactions.js';
import { randomSandboxNumber, SANDBOX_NUMBERS, sandboxLidOf } from './numbers.js';
import { SandboxProfiles, type SandboxProfileState } from './profiles.js';

const QR_LIFETIME_MS = 60_000;
/** Like WhatsApp, stop showing codes after a while nobody scans them; a restart brings new ones. */
const QR_ROTATIONS = 5;
/** How long a simulated fault waits after linking, so that the linked state is observable first. */
const FAULT_DELAY_MS = 200;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** When the simulated recipient's phone reports delivered, then read, after a send. */
const DELIVERED_AFTER_MS = 100;
const READ_AFTER_MS = 250;

/** The sending side of a sandbox message, for delivery to another sandbox connection. */
export interface SandboxSender {
  accountId: string;
  connectionId: string;
  phoneNumber: string;
  lid: string;
}

/** Where sandbox messages to other sandbox numbers go (implemented by the messages domain). */
export interface SandboxNetwork {
  /** With `group`: a message to a group, for each of its members (the sender's number among them). */
  deliver(sender: SandboxSender, message: OutboundMessage, group?: { id: string; members: string[] }): Promise<void>;
  /** An edit (with its new text) or a deletion for everyone of a message the sender sent before. */
  deliverChange?(sender: SandboxSender, target: SentMessageRef, change: { text: string } | { revoke: true }): Promise<void>;
  /** A status posted by a sandbox number, seen by the recipients' sandbox connections of the account. */
  deliverStatus?(sender: SandboxSender, post: StatusPost): Promise<void>;
}

interface SandboxCreds extends SandboxProfileState {
  phoneNumber: string;
  jid: string;
  lid: string;
}

/** A phone without WhatsApp can neither scan a QR code nor type a pairing code. */
function onWhatsApp(phoneNumber: string): string {
  if (phoneNumber === SANDBOX_NUMBERS.notOnWhatsApp) {
    throw invalidRequest(
      'phone_number_not_on_whatsapp',
      `${phoneNumber} is not on WhatsApp (a reserved sandbox number), so it cannot link a device. Use another number.`,
      'phone_number',
    );
  }
  return phoneNumber;
}

const identityOf = (creds: SandboxCreds): LinkedIdentity => ({ phoneNumber: creds.phoneNumber, jid: creds.jid, lid: creds.lid });

/**
 * Test mode: a simulated WhatsApp network. QR codes are real QR payloads that the sandbox "phone" scans
 * through the API; pairing codes work the same way. Linked credentials persist in the same encrypted store
 * as live ones, so a restart reconnects without a new QR, exactly as live mode does.
 */
export class SandboxTransport implements Transport {
  constructor(
    private readonly network?: SandboxNetwork,
    /** Where the simulated groups live (server/connections/sandbox/groups.ts). */
    private readonly db?: Database,
  ) {}

  async start(context: TransportContext): Promise<SandboxSession> {
    const session = new SandboxSession(context, this.network, this.db);
    await session.begin();
    return session;
  }
}

export class SandboxSession implements TransportSession {
  #creds: SandboxCreds | undefined;
  #pairing: { code: string; phoneNumber: string } | undefined;
  #timers = new Set<NodeJS.Timeout>();
  #stopped = false;
  readonly interactions: SandboxInteractions;
  /** The number's own profile, its blocklist and LID look-ups, kept with its credentials. */
  readonly profiles: SandboxProfiles;
  readonly groups: SandboxGroups;

  constructor(
    private readonly context: TransportContext,
    private readonly network?: SandboxNetwork,
    db?: Database,
  ) {
    this.interactions = new SandboxInteractions(context.connectionId, () => !this.#stopped && !!this.#creds, context.listener, (ms, work) => this.#later(ms, work));
    this.profiles = new SandboxProfiles(() => this.#linked(), (creds) => context.store.writeCreds(JSON.stringify(creds)));
    const { accountId } = context.store.lease;
    this.groups = new SandboxGroups(db, { accountId, mode: 'test' }, () => this.#linked().phoneNumber);
  }

  /** The linked number's credentials; refuses while the session is stopped or not linked. */
  #linked(): SandboxCreds {
    if (this.#stopped || !this.#creds) throw notConnected(this.context.connectionId);
    return this.#creds;
  }

  async begin(): Promise<void> {
    const stored = await this.context.store.readCreds();
    this.#creds = stored ? (JSON.parse(stored) as SandboxCreds) : undefined;
    if (this.#creds) {
      this.context.listener.connecting();
      this.context.listener.connected(identityOf(this.#creds));
    } else {
      this.#issueQr();
    }
  }

  #later(ms: number, work: () => void): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      if (!this.#stopped) work();
    }, ms);
    timer.unref();
    this.#timers.add(timer);
  }

  #issueQr(rotation = 1): void {
    const ref = randomBytes(12).toString('base64url');
    this.context.listener.qr(`parley-sandbox:${this.context.connectionId}:${ref}`, new Date(Date.now() + QR_LIFETIME_MS));
    // Like WhatsApp, the code rotates while nobody scans it, and gives up in the end.
    this.#later(QR_LIFETIME_MS, () => {
      if (rotation < QR_ROTATIONS) this.#issueQr(rotation + 1);
      else this.context.listener.failed({ code: 'pairing_timeout', message: 'Nobody linked the connection in time. Restart it for a new QR code.' });
    });
  }

  #assertUnlinked(): void {
    if (this.#creds) {
      throw conflict(
        'connection_already_linked',
        `Connection ${this.context.connectionId} is already linked to ${this.#creds.phoneNumber}. Log it out first to link another number.`,
      );
    }
  }

  /** The simulated phone scans the current QR code. */
  async scan(phoneNumber?: string): Promise<void> {
    this.#assertUnlinked();
    await this.#link(phoneNumber ? onWhatsApp(normalizePhoneNumber(phoneNumber, 'phone_number')) : randomSandboxNumber());
  }

  async requestPairingCode(phoneNumber: string): Promise<string> {
    this.#assertUnlinked();
    const normalized = onWhatsApp(normalizePhoneNumber(phoneNumber, 'phone_number'));
    const code = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
    this.#pairing = { code, phoneNumber: normalized };
    return code;
  }

  /** The simulated phone types the pairing code. */
  async confirmCode(code: string): Promise<void> {
    this.#assertUnlinked();
    const typed = code.replace('-', '').toUpperCase();
    if (!this.#pairing) {
      throw conflict('pairing_code_not_requested', 'No pairing code was requested for this connection. Request one first.');
    }
    if (typed !== this.#pairing.code) {
      throw invalidRequest('pairing_code_invalid', 'That is not the pairing code issued for this connection.', 'code');
    }
    await this.#link(this.#pairing.phoneNumber);
  }

  async #link(phoneNumber: string): Promise<void> {
    const { listener, store } = this.context;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#pairing = undefined;
    listener.connecting();
    if (phoneNumber === SANDBOX_NUMBERS.banned) {
      listener.failed({ code: 'banned', message: 'WhatsApp has banned this number; it cannot be linked.' });
      return;
    }
    const digits = digitsOf(phoneNumber);
    const creds: SandboxCreds = {
      phoneNumber,
      jid: `${digits}:1@s.whatsapp.net`,
      lid: sandboxLidOf(phoneNumber),
    };
    await store.writeCreds(JSON.stringify(creds));
    this.#creds = creds;
    listener.connected(identityOf(creds));
    // As WhatsApp does on linking: a short past, stored only when the connection has sync_history on.
    listener.history?.(sandboxHistory(phoneNumber));
    this.#simulateFault(phoneNumber);
  }

  #simulateFault(phoneNumber: string): void {
    const { listener } = this.context;
    switch (phoneNumber) {
      case SANDBOX_NUMBERS.replaced:
        this.#later(FAULT_DELAY_MS, () =>
          listener.failed({ code: 'connection_replaced', message: 'Another session took over this number; Parley stopped to avoid a conflict.' }),
        );
        break;
      case SANDBOX_NUMBERS.loggedOutFromPhone:
        this.#later(FAULT_DELAY_MS, () => {
          this.context.store.clear().then(
            () => {
              this.#creds = undefined;
              listener.loggedOut({ code: 'logged_out_from_phone', message: 'The device was unlinked from the phone. Link it again with a new QR code.' });
            },
            // A lost lease or a database error: the owner of the connection (or the next one) carries on.
            (error: unknown) => this.context.logger.warn({ err: error }, 'sandbox logout could not wipe the credentials'),
          );
        });
        break;
      case SANDBOX_NUMBERS.dropsOnce:
        this.#later(FAULT_DELAY_MS, () => {
          listener.disconnected({ code: 'connection_lost', message: 'The connection to WhatsApp dropped; Parley is reconnecting.' });
          this.#later(FAULT_DELAY_MS, () => {
            listener.connecting();
            if (this.#creds) listener.connected(identityOf(this.#creds));
          });
        });
        break;
      default:
    }
  }

  /** The simulated network: every number is on WhatsApp except the reserved one that is not. */
  async checkNumbers(phoneNumbers: string[]): Promise<NumberCheck[]> {
    if (!this.#creds) throw notConnected(this.context.connectionId);
    return phoneNumbers.map((phoneNumber) => {
      const onWhatsApp = phoneNumber !== SANDBOX_NUMBERS.notOnWhatsApp;
      return { phoneNumber, onWhatsApp, jid: onWhatsApp ? `${digitsOf(phoneNumber)}@s.whatsapp.net` : null };
    });
  }

  /** WhatsApp takes the message; the recipient's phone reports delivered, then read, a moment later. */
  async send(message: OutboundMessage): Promise<void> {
    const creds = this.#creds;
    if (this.#stopped || !creds) throw notConnected(this.context.connectionId);
    if (message.to === SANDBOX_NUMBERS.notOnWhatsApp) {
      throw new PermanentSendError('recipient_not_on_whatsapp', `${message.to} is not on WhatsApp (a reserved sandbox number).`);
    }
    const { lease } = this.context.store;
    const group = isGroupId(message.to) ? await this.groups.forSend(message.to) : undefined;
    await this.network?.deliver({ accountId: lease.accountId, connectionId: lease.connectionId, phoneNumber: creds.phoneNumber, lid: creds.lid }, message, group);
    const report = (status: MessageStatusUpdate['status'], extra: Partial<MessageStatusUpdate> = {}) => () =>
      this.context.listener.messageStatus?.({ waMessageId: message.waMessageId, status, at: new Date(), ...extra });
    if (message.to === SANDBOX_NUMBERS.reachOutTimelocked) {
      const error = { code: REACH_OUT_REFUSED, message: 'WhatsApp refused a new chat from this number for now (error 463); slow down and message people who wrote first.' };
      this.#later(DELIVERED_AFTER_MS, report('failed', { error }));
      return;
    }
    if (group) {
      this.#groupReceipts(message.waMessageId, group.members.filter((member) => member !== creds.phoneNumber));
      return;
    }
    this.#later(DELIVERED_AFTER_MS, report('delivered'));
    this.#later(READ_AFTER_MS, report('read'));
  }

  /** Each participant's phone reports a group message delivered, then read, as WhatsApp reports it per participant. */
  #groupReceipts(waMessageId: string, recipients: string[]): void {
    const receipt = (phoneNumber: string, status: GroupReceipt['status']) => () =>
      this.context.listener.groupReceipt?.({ waMessageId, participant: { phoneNumber, lid: sandboxLidOf(phoneNumber) }, status, at: new Date(), recipients: recipients.length });
    for (const phoneNumber of recipients) {
      this.#later(DELIVERED_AFTER_MS, receipt(phoneNumber, 'delivered'));
      this.#later(READ_AFTER_MS, receipt(phoneNumber, 'read'));
    }
  }

  /** WhatsApp takes the edit; a sandbox connection of the account at the other end sees it arrive. */
  async editMessage(target: SentMessageRef, text: string): Promise<void> {
    await this.network?.deliverChange?.(this.#sender(), target, { text });
  }

  /** WhatsApp takes the deletion; a sandbox connection of the account at the other end sees it arrive. */
  async revokeMessage(target: SentMessageRef): Promise<void> {
    await this.network?.deliverChange?.(this.#sender(), target, { revoke: true });
  }

  /** WhatsApp takes the status; recipients that are sandbox connections of the account see it. */
  async postStatus(post: StatusPost): Promise<void> {
    await this.network?.deliverStatus?.(this.#sender(), post);
  }

  /** This linked number as the sending side of a sandbox message; refuses while not linked. */
  #sender(): SandboxSender {
    const creds = this.#linked();
    const { lease } = this.context.store;
    return { accountId: lease.accountId, connectionId: lease.connectionId, phoneNumber: creds.phoneNumber, lid: creds.lid };
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }

  async logout(): Promise<void> {
    await this.stop();
    await this.context.store.clear();
    this.#creds = undefined;
  }
}
