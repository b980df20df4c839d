import type { Contact, ContactImport } from '@parley/sdk';
import { useState } from 'preact/hooks';
import { api, canWrite, getState } from '../api/session';
import { Button, ConfirmRow, Empty, ErrorNotice, Field, FilterActions, Form, Link, Loading, Notice, Table, useAction } from '../ui/components';
import { PAGE_SIZE, Pager, usePaged } from '../ui/paging';
import { navigate, useLocation } from '../ui/router';

/** The address book of the mode: search by number or tag, add one, import a CSV with its per-row report. */
export function ContactsPage() {
  const { session, mode } = getState();
  const writer = canWrite(session?.role);
  const { query } = useLocation();
  const tag = query.get('tag') ?? '';
  const phone = query.get('phone_number') ?? '';
  const list = usePaged<Contact>(
    (cursor) => api().contacts.list({ limit: PAGE_SIZE, ...(tag ? { tag } : {}), ...(phone ? { phone_number: phone } : {}), ...cursor }),
    [mode, tag, phone],
  );
  const searching = Boolean(tag || phone);
  return (
    <>
      <p class="lead">One contact per phone number in {mode} mode, with a name, tags and attributes that templates and bulk jobs use.</p>
      <Search key={`${tag}:${phone}`} tag={tag} phone={phone} />
      {writer && (
        <div class="two-up">
          <CreateContact onCreated={list.reload} />
          <ImportContacts onImported={list.reload} />
        </div>
      )}
      <section aria-labelledby="contacts-heading">
        <h2 id="contacts-heading">Contacts</h2>
        <ErrorNotice error={list.error} />
        {list.loading && !list.data ? (
          <Loading label="Loading contacts…" />
        ) : list.items.length === 0 && !list.error ? (
          <Empty title={searching ? 'No contact matches' : `No ${mode} contacts yet`}>
            {searching ? (
              <p>
                <Link to="/contacts">Show every contact</Link>
              </p>
            ) : (
              <p>{writer ? 'Add one above, or import a CSV file with a phone_number column.' : 'A developer of this account can add them.'}</p>
            )}
          </Empty>
        ) : (
          <Table headers={['Phone number', 'Name', 'Tags', 'Attributes', ...(writer ? [{ hidden: 'Actions' }] : [])]}>
            {list.items.map((contact) => (
              <ContactRow key={contact.id} contact={contact} writer={writer} onDeleted={list.reload} />
            ))}
          </Table>
        )}
        <Pager label="Contacts" pageNumber={list.pageNumber} hasNext={list.hasNext} onNext={list.next} onPrevious={list.previous} />
      </section>
    </>
  );
}

function Search({ tag, phone }: { tag: string; phone: string }) {
  const [draftTag, setTag] = useState(tag);
  const [draftPhone, setPhone] = useState(phone);
  const submit = () => {
    const query = new URLSearchParams(Object.entries({ tag: draftTag.trim(), phone_number: draftPhone.trim() }).filter(([, value]) => value));
    navigate(`/contacts${query.size ? `?${query}` : ''}`);
  };
  return (
    <Form class="card inline-form" aria-labelledby="search-heading" onSubmit={submit}>
      <h2 id="search-heading">Search</h2>
      <div class="row">
        <Field label="Phone number" hint="In any spelling.">
          <input name="phone_number" type="tel" value={draftPhone} onInput={(e) => setPhone(e.currentTarget.value)} />
        </Field>
        <Field label="Tag">
          <input name="tag" value={draftTag} onInput={(e) => setTag(e.currentTarget.value)} />
        </Field>
      </div>
      <FilterActions submitLabel="Search" clearTo="/contacts" />
    </Form>
  );
}

function CreateContact({ onCreated }: { onCreated: () => void }) {
  const [phone, setPhone] = useState('');
  const [name, setName] = useState('');
  const [tags, setTags] = useState('');
  const create = useAction(async () => {
    const tagList = tags.split(',').map((t) => t.trim()).filter(Boolean);
    await api().contacts.create({ phone_number: phone, ...(name ? { name } : {}), ...(tagList.length ? { tags: tagList } : {}) });
    setPhone('');
    setName('');
    setTags('');
    onCreated();
  });
  return (
    <Form class="card inline-form" aria-labelledby="add-contact-heading" onSubmit={() => void create.run()}>
      <h2 id="add-contact-heading">Add a contact</h2>
      <Field label="Phone number to add" hint="International format, such as +14155550123.">
        <input name="new_phone_number" type="tel" required value={phone} onInput={(e) => setPhone(e.currentTarget.value)} />
      </Field>
      <Field label="Name (optional)">
        <input name="name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
      </Field>
      <Field label="Tags (optional)" hint="Separated by commas.">
        <input name="tags" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </Field>
      <ErrorNotice error={create.error} />
      <Button type="submit" variant="primary" busy={create.busy} busyLabel="Adding…">
        Add contact
      </Button>
    </Form>
  );
}

function ImportContacts({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<File | undefined>(undefined);
  const [report, setReport] = useState<ContactImport | undefined>(undefined);
  const upload = useAction(async () => {
    if (!file) return;
    setReport(undefined);
    setReport(await api().contacts.import(file, { filename: file.name, contentType: file.type || 'text/csv' }));
    onImported();
  });
  return (
    <Form class="card inline-form" aria-labelledby="import-heading" onSubmit={() => void upload.run()}>
      <h2 id="import-heading">Import a CSV file</h2>
      <p class="muted">
        A header row with <code>phone_number</code> (or <code>phone</code>); <code>name</code> and <code>tags</code> (separated by ; or |) fill those
        fields, every other column is an attribute. Up to 100,000 rows.
      </p>
      <Field label="CSV file">
        <input name="file" type="file" accept=".csv,text/csv" required onChange={(e) => setFile(e.currentTarget.files?.[0])} />
      </Field>
      <ErrorNotice error={upload.error} />
      <Button type="submit" variant="primary" busy={upload.busy} busyLabel="Importing…">
        Import
      </Button>
      {report && (
        <div data-testid="import-report">
          <Notice>
            {report.rows.toLocaleString()} rows read: {report.created.toLocaleString()} created, {report.updated.toLocaleString()} updated,{' '}
            {report.unchanged.toLocaleString()} unchanged, {report.invalid.length.toLocaleString()} not imported.
          </Notice>
          {report.invalid.length > 0 && (
            <Table headers={['Line', 'Problem']}>
              {report.invalid.map((row) => (
                <tr key={row.index}>
                  <td>{row.line}</td>
                  <td>
                    <code>{row.code}</code> {row.reason}
                  </td>
                </tr>
              ))}
            </Table>
          )}
        </div>
      )}
    </Form>
  );
}

function ContactRow({ contact, writer, onDeleted }: { contact: Contact; writer: boolean; onDeleted: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const remove = useAction(async () => {
    await api().contacts.delete(contact.id);
    setConfirming(false);
    onDeleted();
  });
  const attributes = Object.entries(contact.attributes ?? {});
  return (
    <>
      <tr>
        <td>{contact.phone_number}</td>
        <td>{contact.name ?? '—'}</td>
        <td>
          {contact.tags.length === 0
            ? '—'
            : contact.tags.map((tag) => (
                <Link key={tag} to={`/contacts?tag=${encodeURIComponent(tag)}`} class="badge">
                  {tag}
                </Link>
              ))}
        </td>
        <td class="clip">{attributes.length === 0 ? '—' : attributes.map(([key, value]) => `${key}: ${value}`).join(', ')}</td>
        {writer && (
          <td>
            <Button variant="danger" onClick={() => setConfirming(true)} aria-label={`Delete ${contact.phone_number}`}>
              Delete
            </Button>
          </td>
        )}
      </tr>
      <ConfirmRow
        colSpan={5}
        confirming={confirming}
        message={`Delete the contact ${contact.phone_number}? Its messages stay.`}
        confirmLabel="Delete contact"
        action={remove}
        onCancel={() => setConfirming(false)}
      />
    </>
  );
}
