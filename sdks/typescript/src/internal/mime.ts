/**
 * The MIME type of a file name's extension, for uploads given as bytes with only a name. Parley keeps a media
 * file's type as uploaded and checks it against the message type (an `image` needs an image), so guessing it here
 * spares callers a `contentType` for the common cases. Covers what WhatsApp sends and the files Parley reads.
 */
const TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  mp4: 'video/mp4',
  '3gp': 'video/3gpp',
  mov: 'video/quicktime',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  aac: 'audio/aac',
  amr: 'audio/amr',
  ogg: 'audio/ogg',
  opus: 'audio/ogg',
  pdf: 'application/pdf',
  csv: 'text/csv',
  txt: 'text/plain',
  json: 'application/json',
  zip: 'application/zip',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

export function typeOfFileName(name: string | undefined): string | undefined {
  const extension = name?.match(/\.([^./\\]+)$/)?.[1]?.toLowerCase();
  return extension ? TYPES[extension] : undefined;
}
