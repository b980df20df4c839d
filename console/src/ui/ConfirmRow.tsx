import { Confirm, ErrorNotice } from './components';

/**
 * The row under a table row that asks before its action (removing, revoking) and shows the API's refusal;
 * nothing while neither is needed.
 */
export function ConfirmRow(props: {
  colSpan: number;
  confirming: boolean;
  error: unknown;
  message: string;
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  if (!props.confirming && props.error === undefined) return null;
  return (
    <tr>
      <td colSpan={props.colSpan}>
        {props.confirming && <Confirm message={props.message} confirmLabel={props.confirmLabel} busy={props.busy} onConfirm={props.onConfirm} onCancel={props.onCancel} />}
        <ErrorNotice error={props.error} />
      </td>
    </tr>
  );
}
