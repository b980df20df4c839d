import { WEBHOOK_EVENT_TYPES } from '@parley/sdk';

/** Groups of the contract's event catalog (connection.*, message.*, ...), as the SDK lists it. */
const GROUPS = [...new Set(WEBHOOK_EVENT_TYPES.map((event) => event.type.split('.')[0]!))].map((group) => ({
  group,
  events: WEBHOOK_EVENT_TYPES.filter((event) => event.type.startsWith(`${group}.`)),
}));

const plain = (text: string) => text.replace(/`/g, '');

/** `['*']` for every event (including those added later), or the types chosen from the catalog. */
export function EventsPicker({ value, onChange }: { value: string[]; onChange: (events: string[]) => void }) {
  const all = value.length === 1 && value[0] === '*';
  const toggle = (type: string, on: boolean) => onChange(on ? [...value.filter((v) => v !== '*'), type] : value.filter((v) => v !== type));
  return (
    <fieldset class="events-picker">
      <legend>Events to send</legend>
      <label class="check">
        <input type="checkbox" checked={all} onChange={(e) => onChange(e.currentTarget.checked ? ['*'] : [])} />
        <span>Every event, including types added later</span>
      </label>
      {!all && (
        <div class="event-groups">
          {GROUPS.map(({ group, events }) => (
            <fieldset key={group}>
              <legend>{group.replace(/_/g, ' ')}</legend>
              {events.map((event) => (
                <label class="check" key={event.type} title={plain(event.description)}>
                  <input type="checkbox" name="events" value={event.type} checked={value.includes(event.type)} onChange={(e) => toggle(event.type, e.currentTarget.checked)} />
                  <span>
                    <code>{event.type}</code>
                    <span class="hint"> {plain(event.description)}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      )}
    </fieldset>
  );
}
