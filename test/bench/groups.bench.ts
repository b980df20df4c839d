// `npm run bench:groups`: groups through unmodified Baileys against the WhatsApp Web simulator, with Parley's
// group metadata cache (server/connections/baileys/groups.ts) as Baileys' cachedGroupMetadata and Parley's inbound
// mapping reading the participants of group messages through it.
// 1. A message to a 256-participant group: the time Baileys takes to encrypt and send it (until the server's ack),
//    and the sender-key distributions it carries, for the first message (one per participant device) and the
//    second (none: every device has the key).
// 2. 1,000 inbound group messages in 4 groups, arriving in bursts, each from a participant named by phone number
//    alone: how many metadata queries reach WhatsApp (goal: one per group), beside what one query per message
//    would have been.
import { WA_CERT_DETAILS, type GroupMetadata, type WAMessage } from '@whiskeysockets/baileys';
import { pino } from 'pino';
import { BaileysGroups } from '../../server/connections/baileys/groups.js';
import { inboundEventOf } from '../../server/connections/baileys/inbound-content.js';
import type { BaileysSocket } from '../../server/connections/baileys/socket.js';
import { SimClient } from '../whatsapp-simulator/baileys-client.js';
import { WhatsAppSimulator } from '../whatsapp-simulator/server.js';

const GROUP_SIZE = Number(process.env.BENCH_GROUP_SIZE ?? 256);
const INBOUND_MESSAGES = Number(process.env.BENCH_INBOUND_MESSAGES ?? 1000);
const INBOUND_GROUPS = 4;
const SENDERS_PER_GROUP = 5;
const LINE = '15550009000';
const silent = pino({ level: 'silent' });

const sim = new WhatsAppSimulator();
await sim.start();
WA_CERT_DETAILS.PUBLIC_KEY = Buffer.from(sim.rootKey.public);
const client: SimClient = new SimClient(sim, { cachedGroupMetadata: (jid: string): Promise<GroupMetadata | undefined> => groups.cached(jid) });
const groups: BaileysGroups = new BaileysGroups(() => client.sock as unknown as BaileysSocket, () => ({ phoneNumber: `+${LINE}`, lid: null }), silent);
await client.connect((qr) => void sim.scanQr(qr, LINE));

const until = async (probe: () => boolean, what: string, timeoutMs = 120_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

// 1. The big group's send.
const members = Array.from({ length: GROUP_SIZE - 1 }, (_, i) => String(15551000000 + i));
const big = sim.groups.create(LINE, 'Everyone', members);
const relayed = () => sim.events.filter((e) => e.type === 'group-message-relayed' && e.group === big.id);
const sends: Array<{ ms: number; senderKeys: number; decryptedMs: number }> = [];
for (const text of ['first', 'second']) {
  const started = performance.now();
  await client.sock!.sendMessage(big.id, { text });
  const ms = performance.now() - started;
  await until(() => relayed().length === sends.length + 1, `the ${text} message to be relayed`);
  const event = relayed().at(-1)!;
  sends.push({ ms, senderKeys: event.senderKeys as number, decryptedMs: event.ms as number });
}
const decryptedEverywhere = members.every((m) => sim.accounts.get(m)!.inbox.filter((r) => r.group === big.id).length === 2);

// 2. Inbound bursts.
const inboundGroups = Array.from({ length: INBOUND_GROUPS }, (_, g) => {
  const senders = Array.from({ length: SENDERS_PER_GROUP }, (_, i) => String(15552000000 + g * 100 + i));
  return { group: sim.groups.create(senders[0]!, `Inbound ${g + 1}`, [...senders.slice(1), LINE]), senders };
});
let mapped = 0;
let withBothIds = 0;
const reading: Promise<void>[] = [];
const inboundIds = new Set(inboundGroups.map((g) => g.group.id));
client.sock!.ev.on('messages.upsert', ({ messages, type }) => {
  for (const message of messages as WAMessage[]) {
    if (!message.key.remoteJid || !inboundIds.has(message.key.remoteJid)) continue;
    reading.push(
      inboundEventOf(message, type, {
        phoneJidOfLid: async () => null,
        download: () => Promise.reject(new Error('no media here')),
        groupMember: (groupId, jid) => groups.member(groupId, jid),
      }).then((event) => {
        mapped += 1;
        if (event?.from.phoneNumber && event.from.lid) withBothIds += 1;
      }),
    );
  }
});
const queriesBefore = new Map(inboundGroups.map(({ group }) => [group.id, sim.groups.metadataQueries.get(group.id) ?? 0]));
const inboundStarted = performance.now();
const BURST = 50;
for (let sent = 0; sent < INBOUND_MESSAGES; sent += BURST) {
  await Promise.all(
    Array.from({ length: Math.min(BURST, INBOUND_MESSAGES - sent) }, (_, i) => {
      const { group, senders } = inboundGroups[(sent + i) % INBOUND_GROUPS]!;
      return sim.sendGroupMessage(senders[(sent + i) % SENDERS_PER_GROUP]!, group.id, { conversation: `m${sent + i}` }, { withLid: false });
    }),
  );
}
await until(() => mapped === INBOUND_MESSAGES, 'every inbound message to be mapped');
await Promise.all(reading);
const inboundMs = performance.now() - inboundStarted;
const queries = inboundGroups.map(({ group }) => (sim.groups.metadataQueries.get(group.id) ?? 0) - queriesBefore.get(group.id)!);

console.log(`group send, ${GROUP_SIZE} participants (Baileys against the simulator, Parley's metadata cache):`);
for (const [i, send] of sends.entries()) {
  console.log(
    `  message ${i + 1}: ${send.ms.toFixed(0)} ms to encrypt and send (until the server's ack); ${send.senderKeys} sender-key distributions; the ${GROUP_SIZE - 1} phones decrypted it in ${send.decryptedMs} ms`,
  );
}
console.log(`  every participant's phone decrypted both: ${decryptedEverywhere}`);
console.log(`  metadata queries for the big group: ${sim.groups.metadataQueries.get(big.id) ?? 0} (Baileys alone asks once per send)`);
console.log(`inbound: ${INBOUND_MESSAGES} group messages in ${INBOUND_GROUPS} groups, in bursts of ${BURST}, senders named by phone number alone:`);
console.log(`  mapped in ${inboundMs.toFixed(0)} ms; ${withBothIds} with the sender's phone number and LID`);
console.log(`  metadata queries per group: ${queries.join(', ')} (total ${queries.reduce((a, b) => a + b, 0)}; one per message would be ${INBOUND_MESSAGES})`);
console.log(`  simulator errors: ${sim.errors.length}`);

await client.end();
await sim.stop();
process.exit(0);
