import type { Usage } from '@parley/sdk';
import { messagesAccepted } from './usage';

/**
 * Messages per day as bars, drawn as SVG (no chart library); the same figures are in a table for screen readers
 * and for anyone who wants the numbers.
 */
export function UsageChart({ usage }: { usage: Usage }) {
  const days = usage.data.map((bucket) => ({ day: bucket.start, sent: messagesAccepted(bucket.totals), received: bucket.totals.messages_inbound ?? 0 }));
  const top = Math.max(1, ...days.map((d) => Math.max(d.sent, d.received)));
  const width = 720;
  const height = 180;
  const slot = width / Math.max(1, days.length);
  const bar = Math.max(1, slot / 2 - 1);
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${width} ${height + 20}`} role="img" aria-label={`Messages sent and received per day, ${usage.start} to ${usage.end}; the table below has the figures`}>
        <line x1={0} y1={height} x2={width} y2={height} class="axis" />
        {days.map((d, i) => (
          <g key={d.day}>
            <rect x={i * slot + 1} y={height - (d.sent / top) * height} width={bar} height={(d.sent / top) * height} class="bar-sent">
              <title>{`${d.day}: ${d.sent} sent`}</title>
            </rect>
            <rect x={i * slot + 1 + bar} y={height - (d.received / top) * height} width={bar} height={(d.received / top) * height} class="bar-received">
              <title>{`${d.day}: ${d.received} received`}</title>
            </rect>
          </g>
        ))}
        <text x={0} y={height + 16} class="tick">
          {usage.start}
        </text>
        <text x={width} y={height + 16} class="tick" text-anchor="end">
          {usage.end}
        </text>
        <text x={width} y={12} class="tick" text-anchor="end">
          {`peak ${top.toLocaleString()} a day`}
        </text>
      </svg>
      <figcaption>
        <span class="key sent">Sent</span> <span class="key received">Received</span>
      </figcaption>
      <details>
        <summary>Show the figures as a table</summary>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Sent</th>
                <th scope="col">Received</th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.day}>
                  <td>{d.day}</td>
                  <td>{d.sent.toLocaleString()}</td>
                  <td>{d.received.toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
