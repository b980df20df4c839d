/**
 * What a connection does with a chat besides sending messages: typing and recording indicators, the number's own
 * availability, subscribing to a contact's presence, read receipts, and inbound calls. Both transports implement
 * these (server/connections/baileys/presence.ts and calls.ts, server/connections/sandbox/interactions.ts).
 */

/** What Parley shows the other party of a chat: typing…, recording audio…, or neither (paused). */
export type ChatState = 'typing' | 'recording' | 'paused';

/** The number's own presence on WhatsApp: online, or offline (its phone then gets notifications). */
export type Availability = 'online' | 'offline';

/** The other party of a chat, as WhatsApp addresses them: by phone number when known, else by LID. */
export interface Peer {
  /** E.164. */
  phoneNumber: string | null;
  /** "123456789@lid". */
  lid: string | null;
  /** A group's id ("120363…@g.us"), for a group's chat: chat states and read receipts then go to the group. */
  group?: string;
}

/** What a contact's presence became, as WhatsApp reports it to a number subscribed to it. */
export type PresenceState = 'available' | 'unavailable' | 'typing' | 'recording' | 'paused';

export interface PresenceUpdate {
  from: Peer;
  /** The group `from` is typing or recording in, for a participant's chat state in a group. */
  group?: string;
  state: PresenceState;
  /** When the contact was last online, when WhatsApp says (their privacy settings may hide it). */
  lastSeen: Date | null;
  at: Date;
}

/** A call someone placed to the number. */
export interface InboundCall {
  /** WhatsApp's id of the call. */
  id: string;
  from: Peer;
  video: boolean;
  /** The call happened while the connection was offline: it has ended by now. */
  offline: boolean;
  at: Date;
  /** How the transport names the caller, to reject the call. */
  callerRef: string;
}

/**
 * How a call ended: `rejected` (by Parley or on one of the number's devices), `missed` (it rang out, or the caller
 * hung up before anyone answered), `answered` (taken on one of the number's devices, then hung up).
 */
export type CallEndReason = 'rejected' | 'missed' | 'answered';

/** A call that ended, with what the transport knows of it (the offer's details, when it saw the offer). */
export interface CallEnd {
  id: string;
  from: Peer;
  video: boolean;
  reason: CallEndReason;
  at: Date;
}

/** The transport operations behind the chat interaction endpoints. */
export interface InteractiveSession {
  /** Shows (or clears) typing… or recording… in the chat with `peer`. */
  sendChatState(peer: Peer, state: ChatState): Promise<void>;
  setAvailability(availability: Availability): Promise<void>;
  /** Asks WhatsApp for `peer`'s presence updates; they arrive through the listener's `presence`. */
  subscribePresence(peer: Peer): Promise<void>;
  /** Sends read receipts for these messages `peer` sent. */
  /** `participants`: in a group, each message's sender (JID), in the order of `waMessageIds`. */
  readMessages(peer: Peer, waMessageIds: string[], participants?: Array<string | null>): Promise<void>;
  rejectCall(call: InboundCall): Promise<void>;
}

/** The transport's side of the listener for these. */
export interface InteractionListener {
  presence?(update: PresenceUpdate): void;
  call?(call: InboundCall): void;
  /** A call to the number ended (see CallEndReason). */
  callEnded?(end: CallEnd): void;
}
