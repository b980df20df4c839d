import type { UsageBucket, UsageTotals } from '@parley/sdk';

/** Outbound messages the plan counts: every message accepted, whatever its kind. */
export function messagesAccepted(totals: UsageTotals): number {
  return (totals.messages_accepted_text ?? 0) + (totals.messages_accepted_media ?? 0) + (totals.messages_accepted_template ?? 0) + (totals.messages_accepted_bulk ?? 0);
}

const BAR = 24;
const GAP = 6;
const HEIGHT = 160;
const day = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

/**
 * Messages sent and received each day, as bars drawn in SVG (no chart library): each bar has its figure as a
 * tooltip and the same numbers are a table below it, for screen readers and for copying.
 */
export function UsageChart({ buckets }: { buckets: UsageBucket[] }) {
  const rows = buckets.map((bucket) => ({ date: bucket.start, sent: messagesAccepted(bucket.totals), received: bucket.totals.messages_inbound ?? 0 }));
  const max = Math.max(1, ...rows.map((row) => Math.max(row.sent, row.received)));
  // Room after the last bar for its date label.
  const width = rows.length * (BAR + GAP) + 40;
  const scale = (value: number) => (value / max) * (HEIGHT - 20);
  const total = rows.reduce((sum, row) => sum + row.sent, 0);
  if (rows.every((row) => row.sent === 0 && row.received === 0)) {
    return <p class="empty">Nothing sent or received yet this period. Messages sent through a connection show here by day.</p>;
  }
  return (
    <figure class="chart">
      <div class="chart-scroll">
        <svg viewBox={`0 0 ${width} ${HEIGHT + 22}`} width={width} height={HEIGHT + 22} role="img" aria-labelledby="chart-title" data-testid="usage-chart">
          <title id="chart-title">
            Messages by day: {total.toLocaleString()} sent over {rows.length} days, at most {max.toLocaleString()} in a day.
          </title>
          <line x1={0} x2={width - 40} y1={HEIGHT} y2={HEIGHT} class="axis" />
          <text x={2} y={12} class="tick">
            {max.toLocaleString()}
          </text>
          {rows.map((row, i) => {
            const x = i * (BAR + GAP);
            return (
              <g key={row.date}>
                <rect x={x} y={HEIGHT - scale(row.sent)} width={BAR / 2} height={scale(row.sent)} class="bar sent">
                  <title>
                    {day(row.date)}: {row.sent.toLocaleString()} sent
                  </title>
                </rect>
                <rect x={x + BAR / 2} y={HEIGHT - scale(row.received)} width={BAR / 2} height={scale(row.received)} class="bar received">
                  <title>
                    {day(row.date)}: {row.received.toLocaleString()} received
                  </title>
                </rect>
                {(i % 7 === 0 || i === rows.length - 1) && (
                  <text x={x} y={HEIGHT + 16} class="tick">
                    {day(row.date)}
                  </text>
                )}
              </g>
            );
          })}
        </svg>
      </div>
      <figcaption class="legend">
        <span class="key sent" aria-hidden="true" /> Sent <span class="key received" aria-hidden="true" /> Received (UTC days)
      </figcaption>
      <details>
        <summary>Show the figures as a table</summary>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Day (UTC)</th>
                <th scope="col">Sent</th>
                <th scope="col">Received</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.date}>
                  <th scope="row">{day(row.date)}</th>
                  <td>{row.sent.toLocaleString()}</td>
                  <td>{row.received.toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
