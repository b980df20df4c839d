import type { PreviewTemplateRequest, TemplateRendering } from '@parley/sdk';
import { useEffect, useState } from 'preact/hooks';
import { api, describeError } from '../api/session';
import './templates.css';

export type Draft = Omit<PreviewTemplateRequest, 'variables' | 'placeholders'>;

const MEDIA_LABEL = { image: 'Image', video: 'Video', document: 'Document' } as const;

/**
 * What a template being written will look like, rendered by the API (`POST /v1/templates/preview`) shortly after
 * the last keystroke, so the console never renders templates itself. The sample inputs are the variables the API
 * says the text uses; a variable left empty shows as `{{name}}`. The API's refusal shows inline while typing.
 */
export function DraftPreview({ draft }: { draft: Draft | null }) {
  const [samples, setSamples] = useState<Record<string, string>>({});
  const [rendering, setRendering] = useState<TemplateRendering | undefined>(undefined);
  const [variables, setVariables] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const given = Object.fromEntries(Object.entries(samples).filter(([, value]) => value !== ''));
  const key = JSON.stringify([draft, given]);

  useEffect(() => {
    if (!draft) {
      setRendering(undefined);
      setVariables([]);
      setSamples({});
      setError(undefined);
      setBusy(false);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setBusy(true);
      api()
        .templates.preview({ ...draft, variables: given, placeholders: true }, { signal: controller.signal })
        .then((answer) => {
          setRendering(answer);
          setVariables(answer.variables);
          setError(undefined);
        })
        .catch((caught: unknown) => !controller.signal.aborted && setError(caught))
        .finally(() => !controller.signal.aborted && setBusy(false));
    }, 300);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key]);

  const problem = error === undefined ? undefined : describeError(error);
  return (
    <section class="draft-preview" aria-labelledby="draft-preview-heading">
      <h3 id="draft-preview-heading">
        Preview {busy && <span class="muted">(updating…)</span>}
      </h3>
      {!draft ? (
        <p class="muted">Write a body to see the message as the person will read it.</p>
      ) : (
        <>
          {variables.length > 0 && (
            <fieldset>
              <legend>Sample values</legend>
              <div class="row">
                {variables.map((name) => (
                  <label class="field" key={name}>
                    <span class="label">
                      <span class="visually-hidden">Sample value for </span>
                      {name}
                    </span>
                    <input name={`sample-${name}`} value={samples[name] ?? ''} placeholder={`{{${name}}}`} onInput={(e) => setSamples({ ...samples, [name]: e.currentTarget.value })} />
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          {/* Not an alert: it changes as the person types, and says so politely. */}
          <div aria-live="polite">
            {problem && (
              <div class="error draft-error" data-testid="draft-error">
                <p>{problem.message}</p>
                <p class="meta">
                  {problem.code && <code>{problem.code}</code>}
                  {problem.requestId && (
                    <span>
                      {' '}Request ID <code data-testid="request-id">{problem.requestId}</code>
                    </span>
                  )}
                </p>
              </div>
            )}
          </div>
          {rendering && (
            <div class={`draft-chat${problem ? ' stale' : ''}`} aria-label={problem ? 'The last preview that rendered' : 'The rendered message'} role="group">
              <div class="draft-bubble" data-testid="draft-preview">
                {rendering.type !== 'text' && (
                  <p class="draft-media">
                    {MEDIA_LABEL[rendering.type]} header
                    {rendering.document?.filename ? `: ${rendering.document.filename}` : ''}
                  </p>
                )}
                <p class="body">{rendering.rendered_text}</p>
              </div>
            </div>
          )}
        </>
      )}
    </section>
  );
}
