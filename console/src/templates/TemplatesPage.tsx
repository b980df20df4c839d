import type { Template, TemplateButton, TemplateRendering } from '@parley/sdk';
import { useEffect, useState } from 'preact/hooks';
import { api, canWrite, getState } from '../api/session';
import { Button, ConfirmRow, Empty, ErrorNotice, Field, Form, Loading, Table, formatTime, useAction, useLoad } from '../ui/components';
import { PAGE_SIZE, Pager, usePaged } from '../ui/paging';
import { DraftPreview, type Draft } from './DraftPreview';

type Category = Template['category'];

/** Reusable messages: list, create, preview through the API's render endpoint, versions, delete. */
export function TemplatesPage() {
  const { session, mode } = getState();
  const writer = canWrite(session?.role);
  const list = usePaged<Template>((cursor) => api().templates.list({ limit: PAGE_SIZE, ...cursor }), [mode]);
  const [openId, setOpenId] = useState<string | undefined>(undefined);
  const opened = list.items.find((template) => template.id === openId);
  return (
    <>
      <p class="lead">Messages with {'{{variables}}'} that sends and bulk jobs fill in, per {mode} mode. Every edit is a new version.</p>
      {writer && <CreateTemplate onCreated={(t) => (list.reload(), setOpenId(t.id))} />}
      <section aria-labelledby="templates-heading">
        <h2 id="templates-heading">Templates</h2>
        <ErrorNotice error={list.error} />
        {list.loading && !list.data ? (
          <Loading label="Loading templates…" />
        ) : list.items.length === 0 && !list.error ? (
          <Empty title={`No ${mode} templates yet`}>
            <p>{writer ? 'Create one above; its preview shows what a person would read.' : 'A developer of this account can create them.'}</p>
          </Empty>
        ) : (
          <Table headers={['Name', 'Language', 'Category', 'Version', 'Variables', 'Updated', { hidden: 'Actions' }]}>
            {list.items.map((template) => (
              <TemplateRow
                key={template.id}
                template={template}
                writer={writer}
                open={openId === template.id}
                onToggle={() => setOpenId(openId === template.id ? undefined : template.id)}
                onDeleted={list.reload}
              />
            ))}
          </Table>
        )}
        {opened && <TemplateDetail key={opened.id} template={opened} />}
        <Pager label="Templates" pageNumber={list.pageNumber} hasNext={list.hasNext} onNext={list.next} onPrevious={list.previous} />
      </section>
    </>
  );
}

function TemplateRow(props: { template: Template; writer: boolean; open: boolean; onToggle: () => void; onDeleted: () => void }) {
  const { template } = props;
  const [confirming, setConfirming] = useState(false);
  const remove = useAction(async () => {
    await api().templates.delete(template.id);
    setConfirming(false);
    props.onDeleted();
  });
  const label = `${template.name} (${template.language})`;
  return (
    <>
      <tr>
        <td>
          <strong>{template.name}</strong>
        </td>
        <td>{template.language}</td>
        <td>{template.category}</td>
        <td>{template.version}</td>
        <td>{template.variables.length ? template.variables.join(', ') : '—'}</td>
        <td>{formatTime(template.updated_at)}</td>
        <td class="actions">
          <Button onClick={props.onToggle} aria-expanded={props.open} aria-label={`${props.open ? 'Close' : 'Open'} ${label}`}>
            {props.open ? 'Close' : 'Preview'}
          </Button>
          {props.writer && (
            <Button variant="danger" onClick={() => setConfirming(true)} aria-label={`Delete ${label}`}>
              Delete
            </Button>
          )}
        </td>
      </tr>
      <ConfirmRow
        colSpan={7}
        confirming={confirming}
        message={`Delete the template ${label}? Messages already sent keep their version.`}
        confirmLabel="Delete template"
        action={remove}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}

/** One template: pick a version, fill its variables, and see the API's rendering as you type. */
function TemplateDetail({ template }: { template: Template }) {
  const [version, setVersion] = useState(template.version);
  const shown = useLoad(() => (version === template.version ? Promise.resolve(template) : api().templates.retrieveVersion(template.id, version)), [template.id, version]);
  const current = shown.data ?? template;
  const [values, setValues] = useState<Record<string, string>>({});
  const [rendering, setRendering] = useState<TemplateRendering | undefined>(undefined);
  const render = useAction(async (vars: Record<string, string>, v: number) => {
    setRendering(await api().templates.render(template.id, { version: v, variables: vars }));
  });
  const variables = current.variables;
  const given = Object.fromEntries(variables.map((name) => [name, values[name] ?? `{{${name}}}`]));
  const key = JSON.stringify([given, current.version]);
  // Renders again shortly after the last keystroke, so the preview follows what is typed.
  useEffect(() => {
    const timer = setTimeout(() => void render.run(given, current.version), 250);
    return () => clearTimeout(timer);
  }, [key]);
  const headingId = `template-${template.id}-detail`;
  return (
    <section class="card template-detail" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {template.name} ({template.language})
      </h3>
      <div class="row">
        <Field label="Version" hint={`Version ${template.version} is current.`}>
          <select value={String(version)} onChange={(e) => setVersion(Number(e.currentTarget.value))}>
            {Array.from({ length: template.version }, (_, i) => template.version - i).map((v) => (
              <option key={v} value={String(v)}>
                {v}
                {v === template.version ? ' (current)' : ''}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <ErrorNotice error={shown.error} />
      {shown.loading && version !== template.version && <Loading label="Loading the version…" />}
      {variables.length > 0 && (
        <fieldset>
          <legend>Values for the preview</legend>
          <div class="row">
            {variables.map((name) => (
              <Field key={name} label={name}>
                <input name={`var-${name}`} value={values[name] ?? ''} placeholder={`{{${name}}}`} onInput={(e) => setValues({ ...values, [name]: e.currentTarget.value })} />
              </Field>
            ))}
          </div>
        </fieldset>
      )}
      <h4>Preview {render.busy && <span class="muted">(updating…)</span>}</h4>
      <ErrorNotice error={render.error} />
      {rendering && (
        <div class="preview" data-testid="template-preview" aria-live="polite">
          {rendering.type !== 'text' ? `[${rendering.type}]\n` : ''}
          {rendering.rendered_text}
        </div>
      )}
      <p class="muted">Version {current.version} stored {formatTime(current.updated_at)}.</p>
    </section>
  );
}

const emptyButton = (): TemplateButton => ({ type: 'quick_reply', text: '' });

function CreateTemplate({ onCreated }: { onCreated: (template: Template) => void }) {
  const [name, setName] = useState('');
  const [language, setLanguage] = useState('en');
  const [category, setCategory] = useState<Category>('utility');
  const [body, setBody] = useState('');
  const [headerType, setHeaderType] = useState<'none' | 'text' | 'image' | 'video' | 'document'>('none');
  const [headerText, setHeaderText] = useState('');
  const [headerUrl, setHeaderUrl] = useState('');
  const [footer, setFooter] = useState('');
  const [buttons, setButtons] = useState<TemplateButton[]>([]);
  const header =
    headerType === 'none' ? undefined : headerType === 'text' ? { type: headerType, text: headerText } : { type: headerType, url: headerUrl };
  // What the form says now: saved by Create, previewed (unsaved) as it is typed.
  const draft: Draft = { body, ...(header ? { header } : {}), ...(footer ? { footer } : {}), ...(buttons.length ? { buttons } : {}) };
  const create = useAction(async () => {
    const created = await api().templates.create({ name, language, category, ...draft });
    setName('');
    setBody('');
    setHeaderType('none');
    setHeaderText('');
    setHeaderUrl('');
    setFooter('');
    setButtons([]);
    onCreated(created);
  });
  const setButton = (i: number, patch: Partial<TemplateButton>) => setButtons(buttons.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  return (
    <section class="card template-editor" aria-labelledby="create-template-heading">
      <Form aria-labelledby="create-template-heading" onSubmit={() => void create.run()}>
        <h2 id="create-template-heading">Create a template</h2>
        <div class="row">
          <Field label="Template name" hint="Lowercase letters, digits and _; cannot change later.">
            <input name="name" required value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </Field>
          <Field label="Language" hint="Such as en or pt_BR.">
            <input name="language" required value={language} onInput={(e) => setLanguage(e.currentTarget.value)} />
          </Field>
          <Field label="Category">
            <select name="category" value={category} onChange={(e) => setCategory(e.currentTarget.value as Category)}>
              <option value="utility">Utility</option>
              <option value="marketing">Marketing</option>
              <option value="authentication">Authentication</option>
            </select>
          </Field>
        </div>
        <Field label="Body" hint="Variables in double braces, such as {{first_name}}.">
          <textarea name="body" rows={4} required value={body} onInput={(e) => setBody(e.currentTarget.value)} />
        </Field>
        <div class="row">
          <Field label="Header type">
            <select name="header_type" value={headerType} onChange={(e) => setHeaderType(e.currentTarget.value as typeof headerType)}>
              <option value="none">None</option>
              <option value="text">Text</option>
              <option value="image">Image (URL)</option>
              <option value="video">Video (URL)</option>
              <option value="document">Document (URL)</option>
            </select>
          </Field>
          {headerType === 'text' && (
            <Field label="Header text" hint="At most 60 characters.">
              <input name="header_text" required value={headerText} onInput={(e) => setHeaderText(e.currentTarget.value)} />
            </Field>
          )}
          {headerType !== 'none' && headerType !== 'text' && (
            <Field label="Header file URL" hint="Fetched when the template is saved.">
              <input name="header_url" type="url" required value={headerUrl} onInput={(e) => setHeaderUrl(e.currentTarget.value)} />
            </Field>
          )}
        </div>
        <Field label="Footer (optional)">
          <input name="footer" value={footer} onInput={(e) => setFooter(e.currentTarget.value)} />
        </Field>
        <fieldset>
          <legend>Buttons (optional)</legend>
          {buttons.map((button, i) => (
            <div class="row" key={i}>
              <Field label={`Button ${i + 1} type`}>
                <select value={button.type} onChange={(e) => setButton(i, { type: e.currentTarget.value as TemplateButton['type'] })}>
                  <option value="quick_reply">Quick reply</option>
                  <option value="url">Link</option>
                  <option value="phone_number">Phone number</option>
                </select>
              </Field>
              <Field label={`Button ${i + 1} label`}>
                <input required value={button.text} onInput={(e) => setButton(i, { text: e.currentTarget.value })} />
              </Field>
              {button.type === 'url' && (
                <Field label={`Button ${i + 1} URL`}>
                  <input required value={button.url ?? ''} onInput={(e) => setButton(i, { url: e.currentTarget.value })} />
                </Field>
              )}
              {button.type === 'phone_number' && (
                <Field label={`Button ${i + 1} phone number`}>
                  <input type="tel" required value={button.phone_number ?? ''} onInput={(e) => setButton(i, { phone_number: e.currentTarget.value })} />
                </Field>
              )}
              <Button type="button" onClick={() => setButtons(buttons.filter((_, j) => j !== i))} aria-label={`Remove button ${i + 1}`}>
                Remove
              </Button>
            </div>
          ))}
          <Button type="button" onClick={() => setButtons([...buttons, emptyButton()])}>
            Add a button
          </Button>
        </fieldset>
        <ErrorNotice error={create.error} />
        <Button type="submit" variant="primary" busy={create.busy} busyLabel="Creating…">
          Create template
        </Button>
      </Form>
      <DraftPreview draft={body.trim() ? draft : null} />
    </section>
  );
}
