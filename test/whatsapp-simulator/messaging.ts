// 1:1 messaging between companion devices (Baileys) and simulated phones: device lists and number checks (USync),
// pre-key bundles, relaying `<message>` stanzas to the phones that decrypt them, acks and receipts, and phones
// that send text to the linked devices.
import { deflateSync } from 'node:zlib';
import {
  encodeBigEndian,
  generateMessageIDV2,
  getBinaryNodeChild,
  getBinaryNodeChildBuffer,
  getBinaryNodeChildren,
  getBinaryNodeChildUInt,
  jidDecode,
  KEY_BUNDLE_TYPE,
  S_WHATSAPP_NET,
  proto,
  type BinaryNode,
} from '@whiskeysockets/baileys';
import { applyChange } from './edits.js';
import { downloadAsPhone, mediaContentOf, type ReceivedMedia } from './media.js';
import { relayGroupMessage } from './group-messages.js';
import { takePreKey, type DeviceKeys } from './phone.js';
import { relayStatus, STATUS_BROADCAST } from './status.js';
import { uploadHistory } from './history.js';
import type { SimAccount, SimConnection, SimDevice, WhatsAppSimulator } from './server.js';

/** What a simulated phone received and decrypted. */
export interface PeerMessage {
  id: string;
  /** The sending account's phone number (digits). */
  from: string;
  /** The companion device that sent it. */
  fromDevice: string;
  message: proto.IMessage;
  /** `conversation` or `extendedTextMessage.text`, when the message is text. */
  text: string | undefined;
  /** The file of a media message, downloaded from the media host and decrypted. */
  media?: ReceivedMedia;
  /** Why the file of a media message could not be had (then `media` is absent), e.g. 'mac mismatch'. */
  mediaError?: string;
  /** When its sender last edited it (edits.ts); `text` and `message` are then the edited ones. */
  editedAt?: Date;
  receivedAt: Date;
  /** The group it was sent to, for a group message. */
  group?: string;
}

/** How a phone answers the messages it receives: delivered then read (default), delivered only, or silence. */
export type ReceiptMode = 'read' | 'delivered' | 'none';

/** The delay before a phone's delivery receipt, and between it and the read receipt. */
const RECEIPT_GAP_MS = 150;

/** WhatsApp's `t` attribute: Unix seconds, as a string. */
export const now = (): string => String(Math.floor(Date.now() / 1000));

export function textOf(message: proto.IMessage): string | undefined {
  return message.conversation ?? message.extendedTextMessage?.text ?? undefined;
}

function uint(node: BinaryNode, tag: string, length: number): number {
  const value = getBinaryNodeChildUInt(node, tag, length);
  if (value === undefined) throw new Error(`simulator: <${tag}> missing`);
  return value;
}

function buffer(node: BinaryNode | undefined, tag: string): Buffer {
  const value = getBinaryNodeChildBuffer(node, tag);
  if (!value) throw new Error(`simulator: <${tag}> missing`);
  return Buffer.from(value);
}

export class Messaging {
  /** Pairs of numbers that have exchanged a message: a reach-out-timelocked number may still write to these. */
  readonly #conversations = new Set<string>();
  /** Stanzas for linked devices that were not connected, by device JID, delivered at their next login. */
  readonly #offline = new Map<string, BinaryNode[]>();

  constructor(private readonly sim: WhatsAppSimulator) {}

  /** Records the keys a device uploads (`encrypt` set: registration, identity, one-time pre-keys, signed pre-key). */
  uploadKeys(device: SimDevice, iq: BinaryNode): number {
    const skey = getBinaryNodeChild(iq, 'skey');
    const keys: DeviceKeys = device.keys ?? {
      registrationId: uint(iq, 'registration', 4),
      identityKey: buffer(iq, 'identity'),
      signedPreKey: { keyId: 0, publicKey: Buffer.alloc(0), signature: Buffer.alloc(0) },
      preKeys: new Map(),
    };
    if (skey) keys.signedPreKey = { keyId: uint(skey, 'id', 3), publicKey: buffer(skey, 'value'), signature: buffer(skey, 'signature') };
    const list = getBinaryNodeChildren(getBinaryNodeChild(iq, 'list'), 'key');
    for (const key of list) keys.preKeys.set(uint(key, 'id', 3), buffer(key, 'value'));
    device.keys = keys;
    device.preKeyCount += list.length;
    return list.length;
  }

  /** USync: devices (each account's phone, device 0), LIDs, and whether a number is on WhatsApp. */
  usync(iq: BinaryNode): BinaryNode[] {
    const usync = getBinaryNodeChild(iq, 'usync');
    const protocols = (getBinaryNodeChild(usync, 'query')?.content as BinaryNode[] | undefined) ?? [];
    const users = getBinaryNodeChildren(getBinaryNodeChild(usync, 'list'), 'user').map((user) => {
      const contact = getBinaryNodeChild(user, 'contact');
      let jid = user.attrs.jid;
      let account: SimAccount | undefined;
      if (!jid && contact?.content) {
        const phone = Buffer.from(contact.content as Uint8Array).toString().replace(/\D/g, '');
        account = this.sim.accounts.get(phone) ?? this.sim.accounts.get(this.sim.aliases.get(phone) ?? '');
        jid = `${account?.phone ?? phone}@s.whatsapp.net`;
        this.sim.record({ type: 'number-checked', phone, onWhatsApp: !!account && !account.banned });
      } else {
        account = this.sim.accountOfJid(jid);
      }
      const known = !!account && !account.banned;
      const content = protocols.map((protocol): BinaryNode => {
        switch (protocol.tag) {
          case 'devices':
            // Only the phone: companions are not listed, so senders never fan out to other linked devices.
            return {
              tag: 'devices',
              attrs: {},
              content: [{ tag: 'device-list', attrs: {}, content: known ? [{ tag: 'device', attrs: { id: '0' } }] : [] }],
            };
          case 'lid':
            return { tag: 'lid', attrs: known ? { val: `${account!.lid}@lid` } : {} };
          case 'contact':
            return { tag: 'contact', attrs: { type: known ? 'in' : 'out' } };
          case 'status':
            return this.sim.profiles.statusNode(account);
          default:
            return { tag: protocol.tag, attrs: {} };
        }
      });
      return { tag: 'user', attrs: { jid: jid ?? '' }, content };
    });
    return [{ tag: 'usync', attrs: { ...usync?.attrs }, content: [{ tag: 'list', attrs: {}, content: users }] }];
  }

  /** `encrypt` get with `<key><user jid/>…`: pre-key bundles of phones (device 0) and of linked devices. */
  async keyBundles(iq: BinaryNode): Promise<BinaryNode[]> {
    const users = getBinaryNodeChildren(getBinaryNodeChild(iq, 'key'), 'user');
    const list: BinaryNode[] = [];
    for (const user of users) {
      const jid = user.attrs.jid ?? '';
      const account = this.sim.accountOfJid(jid);
      const device = jidDecode(jid)?.device ?? 0;
      const keys = device === 0 ? undefined : this.sim.devices.get(`${account?.phone}:${device}@s.whatsapp.net`)?.keys;
      let bundle: BinaryNode | undefined;
      if (account && !account.banned) {
        bundle = device === 0 ? await account.signal.bundleNode(jid) : keys && companionBundle(jid, keys);
      }
      list.push(bundle ?? { tag: 'user', attrs: { jid }, content: [{ tag: 'error', attrs: { code: '404', text: 'item-not-found' } }] });
      this.sim.record({ type: 'bundle-fetched', jid, found: !!bundle });
    }
    return [{ tag: 'list', attrs: {}, content: list }];
  }

  /**
   * A `<message>` from a companion: the server acks it, then each addressed phone decrypts its copy. A phone
   * that is the recipient answers with receipts; the sender's own phone just keeps its copy (the DSM).
   */
  async relay(conn: SimConnection, stanza: BinaryNode): Promise<void> {
    const sender = conn.device;
    const id = stanza.attrs.id ?? '';
    const to = stanza.attrs.to ?? '';
    if (!sender) throw new Error('simulator: <message> before login');
    if (to.endsWith('@g.us')) return relayGroupMessage(this.sim, conn, stanza);
    if (to === STATUS_BROADCAST) return relayStatus(this.sim, conn, stanza);
    const recipient = this.sim.accountOfJid(to);
    if (recipient && this.sim.account(sender.phone).reachOutTimelocked && !this.#talked(sender.phone, recipient.phone)) {
      // A restricted number may not start new chats: the server refuses the message in its ack (error 463).
      conn.send({ tag: 'ack', attrs: { class: 'message', id, from: to, t: now(), error: '463' } });
      this.sim.record({ type: 'reach-out-refused', id, from: sender.phone, to: recipient.phone });
      return;
    }
    conn.send({ tag: 'ack', attrs: { class: 'message', id, from: to, t: now() } });
    const copies = getBinaryNodeChildren(getBinaryNodeChild(stanza, 'participants'), 'to').map((node) => ({
      jid: node.attrs.jid ?? '',
      enc: getBinaryNodeChild(node, 'enc'),
    }));
    let delivered = false;
    for (const { jid, enc } of copies) {
      const account = this.sim.accountOfJid(jid);
      if (!account || !enc || (jidDecode(jid)?.device ?? 0) !== 0) {
        this.sim.record({ type: 'not-routed', id, jid });
        continue;
      }
      const encType = enc.attrs.type;
      if (encType !== 'pkmsg' && encType !== 'msg') throw new Error(`simulator: unsupported enc type ${encType}`);
      // One address per companion device on the phone's side, whichever form the sender addressed it with.
      const message = await account.signal.decrypt(sender.jid, encType, enc.content as Uint8Array);
      if (account.phone === sender.phone) {
        this.sim.record({ type: 'phone-copy', phone: account.phone, id, dsm: !!message.deviceSentMessage });
        continue;
      }
      // An edit or a deletion for everyone changes the message it names instead of arriving as one.
      if (applyChange(this.sim, account, sender.phone, message, stanza.attrs.edit)) {
        delivered = true;
        continue;
      }
      const received: PeerMessage = { id, from: sender.phone, fromDevice: sender.jid, message, text: textOf(message), receivedAt: new Date() };
      await this.#downloadMedia(account, received);
      account.inbox.push(received);
      this.#conversations.add(pair(account.phone, sender.phone));
      this.sim.record({ type: 'peer-received', phone: account.phone, from: sender.phone, id, text: received.text, enc: encType, mediatype: enc.attrs.mediatype });
      delivered = true;
      this.#answer(conn, account, to, id);
    }
    if (!delivered) this.sim.record({ type: 'undelivered', id, to });
  }

  /** A phone fetches and decrypts the file of a media message before it shows the message. */
  async #downloadMedia(account: SimAccount, received: PeerMessage): Promise<void> {
    const media = mediaContentOf(received.message);
    if (!media) return;
    try {
      received.media = await downloadAsPhone(this.sim.media, media.kind, media.content);
      this.sim.record({ type: 'media-received', phone: account.phone, id: received.id, kind: media.kind, bytes: received.media.data.length });
    } catch (error) {
      // What a phone shows as a file that cannot be downloaded: the message arrives, its file does not.
      received.mediaError = error instanceof Error ? error.message : String(error);
      this.sim.record({ type: 'media-rejected', phone: account.phone, id: received.id, kind: media.kind, reason: received.mediaError });
    }
  }

  #answer(conn: SimConnection, recipient: SimAccount, to: string, id: string): void {
    if (recipient.receipts === 'none') return;
    // Receipts come from the recipient in the form the sender addressed it (phone number or LID).
    const from = to.endsWith('@lid') ? `${recipient.lid}@lid` : `${recipient.phone}@s.whatsapp.net`;
    const receipt = (status: 'delivered' | 'read'): void => {
      if (conn.closed) return;
      conn.send({ tag: 'receipt', attrs: { from, id, ...(status === 'read' ? { type: 'read' } : {}), t: now() } });
      this.sim.record({ type: 'receipt-sent', id, status, from });
    };
    // Spaced out as on a real network: Baileys folds events that arrive within ~100 ms of each other (a receipt
    // right after the send lands in the sent message's own upsert, two receipts become one update).
    setTimeout(() => {
      receipt('delivered');
      if (recipient.receipts === 'read') setTimeout(() => receipt('read'), RECEIPT_GAP_MS);
    }, RECEIPT_GAP_MS);
  }

  /** A `<receipt>` or `<ack>` from a companion about a message a phone sent it. */
  fromClient(conn: SimConnection, node: BinaryNode): void {
    if (node.tag === 'receipt') {
      // One receipt may cover several messages: the first by `id`, the others as `<list><item id/>`.
      const more = getBinaryNodeChildren(getBinaryNodeChild(node, 'list'), 'item').map((item) => item.attrs.id);
      const ids = [node.attrs.id, ...more];
      this.sim.record({ type: 'client-receipt', id: node.attrs.id, ids, to: node.attrs.to, participant: node.attrs.participant, receipt: node.attrs.type ?? 'delivered', jid: conn.device?.jid });
    } else {
      this.sim.record({ type: 'client-ack', id: node.attrs.id, class: node.attrs.class, jid: conn.device?.jid });
    }
  }

  /**
   * The phone of `from` sends `message` to every linked device of `to`, encrypted to each device's uploaded
   * pre-keys on first contact. A device that is not connected gets it on its next login, before the offline
   * marker, as WhatsApp queues it. Returns the message id.
   */
  async sendMessage(from: string, to: string, message: proto.IMessage): Promise<string> {
    const sender = this.sim.account(from);
    const devices = [...this.sim.devices.values()].filter((d) => d.phone === to);
    if (devices.length === 0) throw new Error(`simulator: ${to} has no linked device to send to`);
    const id = generateMessageIDV2(`${from}@s.whatsapp.net`);
    for (const device of devices) {
      if (!(await sender.signal.hasSession(device.jid))) {
        if (!device.keys) throw new Error(`simulator: ${device.jid} has not uploaded pre-keys yet`);
        await sender.signal.startSession(device.jid, device.keys);
      }
      const { type, ciphertext } = await sender.signal.encrypt(device.jid, message);
      const mediatype = mediaTypeAttr(message);
      const stanza: BinaryNode = {
        tag: 'message',
        attrs: {
          from: `${from}@s.whatsapp.net`,
          sender_lid: `${sender.lid}@lid`,
          id,
          t: now(),
          type: message.reactionMessage ? 'reaction' : mediatype ? 'media' : 'text',
          notify: sender.name,
        },
        content: [{ tag: 'enc', attrs: { v: '2', type, ...(mediatype ? { mediatype } : {}) }, content: ciphertext }],
      };
      const conn = this.sim.connectionOf(device.jid);
      if (conn) {
        conn.send(stanza);
      } else {
        stanza.attrs.offline = '1';
        const queue = this.#offline.get(device.jid) ?? [];
        queue.push(stanza);
        this.#offline.set(device.jid, queue);
        this.sim.record({ type: 'queued-offline', id, jid: device.jid });
      }
    }
    this.#conversations.add(pair(from, to));
    this.sim.record({ type: 'peer-sent', from, to, id, text: textOf(message) });
    return id;
  }

  /** After a login: what arrived while the device was away, then the offline marker with its count. */
  deliverOffline(conn: SimConnection, device: SimDevice): void {
    const queued = this.#offline.get(device.jid) ?? [];
    this.#offline.delete(device.jid);
    for (const stanza of queued) conn.send(stanza);
    conn.send({ tag: 'ib', attrs: { from: S_WHATSAPP_NET }, content: [{ tag: 'offline', attrs: { count: String(queued.length) } }] });
  }

  /**
   * Once a new device has uploaded its pre-keys, its phone sends it the history sync notification that WhatsApp's
   * phones send every new companion. (Baileys holds its events back until one arrives, for up to 20 s.)
   */
  async sendHistoryOnce(conn: SimConnection, device: SimDevice): Promise<void> {
    if (device.historySent || !device.keys) return;
    device.historySent = true;
    conn.send(await this.#historyBootstrap(device));
    // Then, as a phone does for a new companion, the keys of the synced app state (profiles.ts).
    conn.send(await this.selfMessage(device, this.sim.profiles.appStateKeyShare(device.phone)));
  }

  /** An empty INITIAL_BOOTSTRAP history sync from the device's own phone, its payload inline (no media download). */
  async #historyBootstrap(device: SimDevice): Promise<BinaryNode> {
    const { INITIAL_BOOTSTRAP } = proto.HistorySync.HistorySyncType;
    const conversations = this.sim.account(device.phone).history ?? [];
    const payload = deflateSync(proto.HistorySync.encode({ syncType: INITIAL_BOOTSTRAP, conversations, progress: 100 }).finish());
    // Past chats go through the media host, as a blob the notification names; an empty history goes inline.
    const located = conversations.length ? await uploadHistory(this.sim, device.phone, payload) : { initialHistBootstrapInlinePayload: payload };
    const node = await this.selfMessage(device, {
      protocolMessage: {
        type: proto.Message.ProtocolMessage.Type.HISTORY_SYNC_NOTIFICATION,
        historySyncNotification: { syncType: INITIAL_BOOTSTRAP, chunkOrder: 0, progress: 100, ...located },
      },
    });
    this.sim.record({ type: 'history-sent', id: node.attrs.id, jid: device.jid });
    return node;
  }

  /** A message from the device's own phone to the device (a protocol message only the own account may send). */
  async selfMessage(device: SimDevice, message: proto.IMessage): Promise<BinaryNode> {
    const phone = this.sim.account(device.phone).signal;
    if (!(await phone.hasSession(device.jid))) await phone.startSession(device.jid, device.keys!);
    const { type, ciphertext } = await phone.encrypt(device.jid, message);
    const id = generateMessageIDV2(`${device.phone}@s.whatsapp.net`);
    return {
      tag: 'message',
      attrs: { from: `${device.phone}@s.whatsapp.net`, id, t: now(), type: 'text', category: 'peer' },
      content: [{ tag: 'enc', attrs: { v: '2', type }, content: ciphertext }],
    };
  }

  #talked(a: string, b: string): boolean {
    return this.#conversations.has(pair(a, b));
  }
}

/** The `mediatype` of a media message's `<enc>` (Baileys sets the same on what it sends). */
function mediaTypeAttr(message: proto.IMessage): string | undefined {
  const media = mediaContentOf(message);
  if (!media) return undefined;
  if (media.kind === 'audio' && media.content.ptt) return 'ptt';
  if (media.kind === 'video' && media.content.gifPlayback) return 'gif';
  return media.kind;
}

/** One key per pair of numbers, whichever wrote first. */
const pair = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);

function companionBundle(jid: string, keys: DeviceKeys): BinaryNode {
  const preKey = takePreKey(keys);
  const content: BinaryNode[] = [
    { tag: 'registration', attrs: {}, content: encodeBigEndian(keys.registrationId) },
    { tag: 'type', attrs: {}, content: KEY_BUNDLE_TYPE },
    { tag: 'identity', attrs: {}, content: keys.identityKey },
    {
      tag: 'skey',
      attrs: {},
      content: [
        { tag: 'id', attrs: {}, content: encodeBigEndian(keys.signedPreKey.keyId, 3) },
        { tag: 'value', attrs: {}, content: keys.signedPreKey.publicKey },
        { tag: 'signature', attrs: {}, content: keys.signedPreKey.signature },
      ],
    },
  ];
  if (preKey) {
    content.push({
      tag: 'key',
      attrs: {},
      content: [
        { tag: 'id', attrs: {}, content: encodeBigEndian(preKey.keyId, 3) },
        { tag: 'value', attrs: {}, content: preKey.publicKey },
      ],
    });
  }
  return { tag: 'user', attrs: { jid }, content };
}
