import type { Media } from '@parley/sdk';
import { useEffect, useState } from 'preact/hooks';
import { attachmentType, formatSize, type AttachmentType } from './upload';

/** A file chosen for the reply; `media` once it is uploaded, so a send that failed after the upload does not upload again. */
export interface Attached {
  file: File;
  type: AttachmentType;
  media?: Media;
}

export const attach = (file: File): Attached => ({ file, type: attachmentType(file.type) });

const KIND = { image: 'Image', video: 'Video', audio: 'Audio', document: 'Document' } as const;

/** The button that opens the file picker: a label for a hidden file input, so the keyboard reaches it. */
export function AttachButton({ disabled, onFile }: { disabled: boolean; onFile: (file: File) => void }) {
  return (
    <label class={`button plain attach${disabled ? ' disabled' : ''}`}>
      <input
        type="file"
        class="visually-hidden"
        disabled={disabled}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Emptied, so choosing the same file again after removing it is a change too.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
      Attach a file
    </label>
  );
}

/** What is attached: its name, kind and size, a thumbnail for an image, the upload's progress, and a way to remove it. */
export function AttachmentCard({ attached, progress, busy, onRemove }: { attached: Attached; progress: number | null; busy: boolean; onRemove: () => void }) {
  const { file, type } = attached;
  const [thumbnail, setThumbnail] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (type !== 'image') return;
    const url = URL.createObjectURL(file);
    setThumbnail(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);
  return (
    <div class="attachment" role="group" aria-label={`Attachment: ${file.name}`} data-testid="attachment">
      {thumbnail && <img src={thumbnail} alt={`Preview of ${file.name}`} onError={() => setThumbnail(undefined)} />}
      <div class="attachment-info">
        <strong class="attachment-name">{file.name}</strong>
        <span class="muted">
          {KIND[type]} · {formatSize(file.size)}
          {attached.media && ' · uploaded'}
        </span>
        {progress !== null && (
          <span class="upload-progress">
            <progress max={1} value={progress} aria-label={`Uploading ${file.name}`} />
            <span role="status">Uploading… {Math.round(progress * 100)}%</span>
          </span>
        )}
      </div>
      <button type="button" class="button plain" onClick={onRemove} disabled={busy} aria-label={`Remove the attachment ${file.name}`}>
        Remove
      </button>
    </div>
  );
}
