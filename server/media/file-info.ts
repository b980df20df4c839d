const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * "Audio/OGG ; Codecs=opus" → "audio/ogg; codecs=opus". Parameters are kept (WhatsApp wants `codecs=opus`
 * on voice notes); anything that is not a valid media type reads as application/octet-stream, so a stored
 * type is always safe to send back in a header.
 */
export function normalizeMimeType(value: string | undefined | null): string {
  const [essence = '', ...parameters] = (value ?? '').split(';').map((part) => part.trim());
  const [type, subtype, ...rest] = essence.toLowerCase().split('/');
  if (!type || !subtype || rest.length > 0 || !TOKEN.test(type) || !TOKEN.test(subtype)) return 'application/octet-stream';
  const kept = parameters.flatMap((parameter) => {
    const [name = '', quoted = ''] = parameter.split('=', 2).map((s) => s.trim());
    const paramValue = quoted.replace(/^"(.*)"$/, '$1');
    return TOKEN.test(name) && TOKEN.test(paramValue) ? [`${name.toLowerCase()}=${paramValue}`] : [];
  });
  return [`${type}/${subtype}`, ...kept].join('; ');
}

/**
 * A file name fit to store and to send back in Content-Disposition: the last path segment only (browsers
 * send "C:\\fakepath\\x.jpg"), no control characters, at most 255 characters; null when nothing is left.
 */
export function safeFilename(name: string | undefined | null): string | null {
  const base = (name ?? '').split(/[/\\]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255);
  return clean === '' || clean === '.' || clean === '..' ? null : clean;
}
