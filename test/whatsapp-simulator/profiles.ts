// Profiles on the simulated WhatsApp: profile pictures (`w:profile:picture` get, set and remove), the about text
// (the `status` iq that sets it and USync's status protocol that reads it), business profiles (`w:biz`) and
// each number's blocklist (`blocklist` get and set), as Baileys 7 sends and parses them (lib/Socket/chats.js); and
// the push name, which lives in the synced app state: the phone shares its app-state key with a new companion, and
// a companion's patch to the `critical_block` collection is decrypted and checked with that key.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import {
  decodeSyncdPatch,
  generateMessageIDV2,
  getBinaryNodeChild,
  getBinaryNodeChildren,
  jidDecode,
  newLTHashState,
  proto,
  type BinaryNode,
} from '@whiskeysockets/baileys';
import { now } from './messaging.js';
import type { SimAccount, SimConnection, WhatsAppSimulator } from './server.js';

/** Where the simulated WhatsApp "serves" profile pictures (nothing is served: the URL is what clients get). */
export const PICTURE_HOST = 'https://pps.whatsapp.net';
export const DEFAULT_ABOUT = 'Hey there! I am using WhatsApp.';

export interface SimBusinessProfile {
  description: string;
  category: string;
  email?: string;
  website?: string;
  address?: string;
}

/** What one number shows others, and whom it blocks. */
export interface SimProfile {
  about: string;
  /** Unix seconds. */
  aboutSetAt: number;
  /** The picture as uploaded (the JPEG Baileys makes), with the id WhatsApp gives it; null when there is none. */
  picture: { id: string; data: Buffer } | null;
  /** Its privacy settings hide the picture and the about from everyone. */
  hidden: boolean;
  business: SimBusinessProfile | null;
  /** Blocked accounts by LID (digits) → phone number (digits), as the blocklist iq names them. */
  blocked: Map<string, string>;
}

type Answer = (type: 'result' | 'error', content?: BinaryNode[]) => void;

const error = (code: number, text: string): BinaryNode[] => [{ tag: 'error', attrs: { code: String(code), text } }];
const bytesOf = (node: BinaryNode | undefined): Buffer | undefined =>
  node?.content instanceof Uint8Array ? Buffer.from(node.content) : typeof node?.content === 'string' ? Buffer.from(node.content) : undefined;

export class Profiles {
  readonly #profiles = new Map<string, SimProfile>();
  /** Each account's app-state sync key, as its phone made it (shared with every linked device). */
  readonly #appStateKeys = new Map<string, { id: Buffer; data: proto.Message.IAppStateSyncKeyData }>();

  constructor(private readonly sim: WhatsAppSimulator) {}

  /** The profile of a registered number (digits), made with the defaults on first use. */
  of(phone: string): SimProfile {
    let profile = this.#profiles.get(phone);
    if (!profile) {
      profile = { about: DEFAULT_ABOUT, aboutSetAt: Number(now()), picture: null, hidden: false, business: null, blocked: new Map() };
      this.#profiles.set(phone, profile);
    }
    return profile;
  }

  /** Gives `phone` a picture, as if set on its phone. Returns the picture's id. */
  setPicture(phone: string, data: Buffer): string {
    const id = String(randomInt(1_000_000_000, 2_000_000_000));
    this.of(phone).picture = { id, data };
    return id;
  }

  /** The picture URL WhatsApp hands out for a picture (full size or preview). */
  pictureUrl(phone: string, type: string): string | undefined {
    const picture = this.of(phone).picture;
    if (!picture) return undefined;
    const hash = createHash('sha256').update(picture.data).digest('hex').slice(0, 16);
    return `${PICTURE_HOST}/v/t61.24694-24/${picture.id}_${hash}_${type === 'preview' ? 'n' : 'o'}.jpg?ccb=11-4&oh=sim&oe=sim`;
  }

  /** The APP_STATE_SYNC_KEY_SHARE a phone sends a newly linked device: its account's app-state key. */
  appStateKeyShare(phone: string): proto.IMessage {
    let key = this.#appStateKeys.get(phone);
    if (!key) {
      key = {
        id: randomBytes(6),
        data: { keyData: randomBytes(32), fingerprint: { rawId: randomInt(1, 2 ** 31), currentIndex: 0, deviceIndexes: [0] }, timestamp: Date.now() },
      };
      this.#appStateKeys.set(phone, key);
    }
    return {
      protocolMessage: {
        type: proto.Message.ProtocolMessage.Type.APP_STATE_SYNC_KEY_SHARE,
        appStateSyncKeyShare: { keys: [{ keyId: { keyId: key.id }, keyData: key.data }] },
      },
    };
  }

  /**
   * A companion's app-state patch (`w:sync:app:state` set): each patch is checked and decrypted with the account's
   * key (a wrong mac fails the iq, as on WhatsApp); a push-name setting becomes the account's name.
   */
  async appStatePatch(conn: SimConnection, iq: BinaryNode): Promise<boolean> {
    const phone = conn.device?.phone;
    const key = phone ? this.#appStateKeys.get(phone) : undefined;
    const collections = getBinaryNodeChildren(getBinaryNodeChild(iq, 'sync'), 'collection');
    for (const collection of collections) {
      for (const patchNode of getBinaryNodeChildren(collection, 'patch')) {
        const bytes = bytesOf(patchNode);
        if (!phone || !key || !bytes) return false;
        const patch = proto.SyncdPatch.decode(bytes);
        // The patch's version is the collection's next one: the iq names the version it builds on.
        patch.version = { version: Number(collection.attrs.version ?? 0) + 1 };
        const name = collection.attrs.name ?? '';
        const byId = async (id: string) => (id === key.id.toString('base64') ? proto.Message.AppStateSyncKeyData.fromObject(key.data) : undefined);
        try {
          await decodeSyncdPatch(patch, name as Parameters<typeof decodeSyncdPatch>[1], newLTHashState(), byId, ({ syncAction, index }) => {
            const pushName = syncAction.value?.pushNameSetting?.name;
            if (index[0] === 'setting_pushName' && pushName) {
              this.sim.account(phone).name = pushName;
              this.sim.record({ type: 'push-name-set', phone, name: pushName });
            }
          }, true);
        } catch {
          return false;
        }
      }
    }
    return true;
  }

  /** USync's status protocol for one user: `<status t>about</status>`, or code 401 when it is hidden. */
  statusNode(account: SimAccount | undefined): BinaryNode {
    if (!account || account.banned) return { tag: 'status', attrs: { code: '404' } };
    const profile = this.of(account.phone);
    if (profile.hidden) return { tag: 'status', attrs: { code: '401' } };
    return { tag: 'status', attrs: { t: String(profile.aboutSetAt) }, content: Buffer.from(profile.about) };
  }

  /** The profile iqs: `w:profile:picture`, `status`, `w:biz`, `blocklist`. */
  onIq(conn: SimConnection, iq: BinaryNode, answer: Answer): void {
    const device = conn.device;
    if (!device) return answer('error', error(401, 'not-authorized'));
    const me = device.phone;
    switch (iq.attrs.xmlns) {
      case 'w:profile:picture':
        return iq.attrs.type === 'get' ? this.#pictureQuery(me, iq, answer) : this.#pictureChange(me, iq, answer);
      case 'status': {
        const about = bytesOf(getBinaryNodeChild(iq, 'status'))?.toString('utf8') ?? '';
        Object.assign(this.of(me), { about, aboutSetAt: Number(now()) });
        this.sim.record({ type: 'about-set', phone: me, about });
        return answer('result');
      }
      case 'w:biz':
        return answer('result', [this.#businessProfile(getBinaryNodeChild(getBinaryNodeChild(iq, 'business_profile'), 'profile')?.attrs.jid)]);
      case 'blocklist':
        return iq.attrs.type === 'get' ? answer('result', [this.#blocklist(me)]) : this.#blockChange(me, iq, answer);
      default:
        return answer('result');
    }
  }

  #pictureQuery(me: string, iq: BinaryNode, answer: Answer): void {
    const account = this.sim.accountOfJid(iq.attrs.target);
    const type = getBinaryNodeChild(iq, 'picture')?.attrs.type ?? 'preview';
    this.sim.record({ type: 'picture-queried', phone: account?.phone, kind: type, by: me });
    if (!account || account.banned) return answer('error', error(404, 'item-not-found'));
    const profile = this.of(account.phone);
    if (profile.hidden && account.phone !== me) return answer('error', error(401, 'not-authorized'));
    const url = this.pictureUrl(account.phone, type);
    if (!url) return answer('error', error(404, 'item-not-found'));
    answer('result', [{ tag: 'picture', attrs: { id: profile.picture!.id, type, url, direct_path: new URL(url).pathname } }]);
  }

  /** A set with `<picture type="image">` bytes changes the sender's own picture; one without content removes it. */
  #pictureChange(me: string, iq: BinaryNode, answer: Answer): void {
    // A target names a group (not simulated): only the own picture can change here.
    if (iq.attrs.target && this.sim.accountOfJid(iq.attrs.target)?.phone !== me) return answer('error', error(403, 'forbidden'));
    const data = bytesOf(getBinaryNodeChild(iq, 'picture'));
    if (!data) {
      this.of(me).picture = null;
      this.sim.record({ type: 'picture-removed', phone: me });
      return answer('result');
    }
    // WhatsApp takes JPEGs only (Baileys converts what it is given).
    if (data[0] !== 0xff || data[1] !== 0xd8) return answer('error', error(406, 'not-acceptable'));
    const id = this.setPicture(me, data);
    this.sim.record({ type: 'picture-set', phone: me, bytes: data.length });
    answer('result', [{ tag: 'picture', attrs: { id } }]);
  }

  #businessProfile(jid: string | undefined): BinaryNode {
    const account = this.sim.accountOfJid(jid);
    const business = account ? this.of(account.phone).business : null;
    if (!account || !business) return { tag: 'business_profile', attrs: {} };
    const text = (tag: string, value: string | undefined): BinaryNode[] => (value === undefined ? [] : [{ tag, attrs: {}, content: Buffer.from(value) }]);
    return {
      tag: 'business_profile',
      attrs: {},
      content: [
        {
          tag: 'profile',
          attrs: { jid: `${account.phone}@s.whatsapp.net`, tag: '0' },
          content: [
            ...text('address', business.address),
            ...text('description', business.description),
            ...text('website', business.website),
            ...text('email', business.email),
            { tag: 'categories', attrs: {}, content: [{ tag: 'category', attrs: { id: '1' }, content: Buffer.from(business.category) }] },
          ],
        },
      ],
    };
  }

  /**
   * The phone of `phone` blocks (or unblocks) `target` itself: its linked devices hear of it in an `account_sync`
   * notification with `<blocklist><item jid="<lid>" action="block|unblock"/></blocklist>`, as WhatsApp tells them.
   */
  blockOnPhone(phone: string, target: string, blocked = true): void {
    const account = this.sim.account(target);
    if (blocked) this.of(phone).blocked.set(account.lid, account.phone);
    else this.of(phone).blocked.delete(account.lid);
    const item: BinaryNode = { tag: 'item', attrs: { jid: `${account.lid}@lid`, action: blocked ? 'block' : 'unblock' } };
    for (const device of this.sim.devices.values()) {
      if (device.phone !== phone) continue;
      this.sim.connectionOf(device.jid)?.send({
        tag: 'notification',
        attrs: { from: 's.whatsapp.net', type: 'account_sync', id: generateMessageIDV2(), t: now() },
        content: [{ tag: 'blocklist', attrs: {}, content: [item] }],
      });
    }
    this.sim.record({ type: blocked ? 'blocked' : 'unblocked', phone, target: account.phone, onPhone: true });
  }

  /** WhatsApp names blocked people by LID. */
  #blocklist(me: string): BinaryNode {
    const items = [...this.of(me).blocked.keys()].map((lid): BinaryNode => ({ tag: 'item', attrs: { jid: `${lid}@lid` } }));
    return { tag: 'list', attrs: {}, content: items };
  }

  /** `<item action="block" jid="<lid>" pn_jid="<pn>"/>` or `<item action="unblock" jid="<lid>"/>`. */
  #blockChange(me: string, iq: BinaryNode, answer: Answer): void {
    const [item] = getBinaryNodeChildren(iq, 'item');
    const account = this.sim.accountOfJid(item?.attrs.jid);
    const action = item?.attrs.action;
    if (!item || !account || jidDecode(item.attrs.jid)?.server !== 'lid' || (action !== 'block' && action !== 'unblock')) {
      return answer('error', error(400, 'bad-request'));
    }
    // Blocking names the person's number too, and it must be theirs.
    if (action === 'block' && this.sim.accountOfJid(item.attrs.pn_jid)?.phone !== account.phone) return answer('error', error(400, 'bad-request'));
    const blocked = this.of(me).blocked;
    if (action === 'block') blocked.set(account.lid, account.phone);
    else blocked.delete(account.lid);
    this.sim.record({ type: action === 'block' ? 'blocked' : 'unblocked', phone: me, target: account.phone });
    answer('result');
  }
}
