import type { Message } from '@parley/sdk';

/** A line of text that says what a message holds, whatever its type. */
export function summarize(message: Message): string {
  switch (message.type) {
    case 'text':
      return message.text?.body ?? '';
    case 'location':
      return `Location ${message.location?.name ?? ''} (${message.location?.latitude}, ${message.location?.longitude})`.replace('  ', ' ');
    case 'contact':
      return 'Contact card';
    case 'reaction':
      return `Reaction ${message.reaction?.emoji ?? ''}`;
    case 'poll':
      return `Poll: ${message.poll?.question ?? ''}`;
    default:
      return `${message.type[0]!.toUpperCase()}${message.type.slice(1)}`;
  }
}

/** The statuses a message went through, with their times, in order. */
export function timeline(message: Message): Array<{ label: string; at: string }> {
  const steps: Array<[string, string | null | undefined]> = [
    [message.direction === 'inbound' ? 'Received' : 'Accepted', message.direction === 'inbound' ? (message.received_at ?? message.created_at) : message.created_at],
    ['Scheduled for', message.send_at],
    ['Sent', message.sent_at],
    ['Delivered', message.delivered_at],
    ['Read', message.read_at],
    ['Failed', message.failed_at],
    ['Canceled', message.canceled_at],
    ['Expired', message.expired_at],
    ['Edited', message.edited_at],
  ];
  return steps.filter((step): step is [string, string] => Boolean(step[1])).map(([label, at]) => ({ label, at }));
}

export const STATUSES = ['scheduled', 'queued', 'sending', 'sent', 'delivered', 'read', 'failed', 'canceled', 'expired', 'received'] as const;
