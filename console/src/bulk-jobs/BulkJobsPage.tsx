import type { BulkJob, BulkJobRecipient, Connection, CreateBulkJobRequest, Template } from '@parley/sdk';
import { useEffect, useState } from 'preact/hooks';
import { api, canWrite, getState } from '../api/session';
import { Button, Confirm, Empty, ErrorNotice, Field, Form, Loading, Notice, Table, formatTime, useAction, useLoad } from '../ui/components';
import { PAGE_SIZE, Pager, usePaged } from '../ui/paging';

const LIVE: BulkJob['status'][] = ['scheduled', 'running', 'paused'];
const POLL_MS = 2000;

/** Bulk jobs: the list with counters, start one (contacts by tag or a CSV file), watch, pause, resume, cancel, results. */
export function BulkJobsPage() {
  const { session, mode } = getState();
  const writer = canWrite(session?.role);
  const list = usePaged<BulkJob>((cursor) => api().bulkJobs.list({ limit: PAGE_SIZE, ...cursor }), [mode]);
  const [openId, setOpenId] = useState<string | undefined>(undefined);
  return (
    <>
      <p class="lead">One message to many people in {mode} mode, paced over your connections. Numbers on the opt-out list are skipped.</p>
      {writer && <CreateBulkJob onCreated={(job) => (list.first(), list.reload(), setOpenId(job.id))} />}
      <section aria-labelledby="jobs-heading">
        <h2 id="jobs-heading">Bulk jobs</h2>
        <ErrorNotice error={list.error} />
        {list.loading && !list.data ? (
          <Loading label="Loading bulk jobs…" />
        ) : list.items.length === 0 && !list.error ? (
          <Empty title={`No ${mode} bulk jobs yet`}>
            <p>{writer ? 'Start one above from contacts with a tag or from a CSV file.' : 'A developer of this account can start them.'}</p>
          </Empty>
        ) : (
          <Table headers={['Created', 'Status', 'Sends', 'Recipients', 'Sent', 'Failed', 'Skipped', { hidden: 'Actions' }]}>
            {list.items.map((job) => (
              <tr key={job.id}>
                <td>{formatTime(job.created_at)}</td>
                <td>
                  <span class={`status ${job.status}`}>{job.status}</span>
                </td>
                <td>{job.template ? `template ${job.template.name ?? job.template.id}` : job.type}</td>
                <td>{job.counts.total}</td>
                <td>{job.counts.sent + job.counts.delivered + job.counts.read}</td>
                <td>{job.counts.failed}</td>
                <td>{job.counts.skipped}</td>
                <td>
                  <Button onClick={() => setOpenId(openId === job.id ? undefined : job.id)} aria-expanded={openId === job.id} aria-label={`${openId === job.id ? 'Close' : 'Open'} job ${job.id}`}>
                    {openId === job.id ? 'Close' : 'Open'}
                  </Button>
                </td>
              </tr>
            ))}
          </Table>
        )}
        <Pager label="Bulk jobs" pageNumber={list.pageNumber} hasNext={list.hasNext} onNext={list.next} onPrevious={list.previous} />
      </section>
      {openId && <JobDetail key={openId} id={openId} writer={writer} onChanged={list.reload} />}
    </>
  );
}

/**
 * One job, polled every two seconds while it is scheduled, running or paused. Polling rather than the event
 * stream: the bulk_job.* events only mark changes of status, while the counters move with every message, and
 * a GET of the job is one small request that carries both.
 */
function JobDetail({ id, writer, onChanged }: { id: string; writer: boolean; onChanged: () => void }) {
  const job = useLoad(() => api().bulkJobs.retrieve(id), [id]);
  const current = job.data;
  const [recipientsVersion, setRecipientsVersion] = useState(0);
  const [pollError, setPollError] = useState<unknown>(undefined);
  useEffect(() => {
    if (!current || !LIVE.includes(current.status)) return;
    const timer = setTimeout(() => {
      api()
        .bulkJobs.retrieve(id)
        .then((fresh) => {
          setPollError(undefined);
          job.setData(fresh);
          setRecipientsVersion((v) => v + 1);
          if (fresh.status !== current.status) onChanged();
        }, setPollError);
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [current]);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const act = useAction(async (what: 'pause' | 'resume' | 'cancel') => {
    job.setData(await api().bulkJobs[what](id));
    setConfirmCancel(false);
    setRecipientsVersion((v) => v + 1);
    onChanged();
  });
  const download = useAction(async () => {
    const csv = await api().bulkJobs.results(id);
    const href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    const link = document.createElement('a');
    link.href = href;
    link.download = `${id}-results.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(href), 1000);
  });
  return (
    <section class="card" aria-labelledby="job-heading" data-testid="job-detail">
      <h2 id="job-heading">Job {id}</h2>
      <ErrorNotice error={job.error ?? pollError} />
      {!current ? (
        <Loading label="Loading the job…" />
      ) : (
        <>
          <p>
            Status <strong data-testid="job-status" class={`status ${current.status}`}>{current.status}</strong>
            {current.send_at && current.status === 'scheduled' ? ` — starts ${formatTime(current.send_at)}` : ''}
            {current.rate ? ` — at most ${current.rate} a minute` : ''}
            {LIVE.includes(current.status) && <span class="muted"> (updating every 2 seconds)</span>}
          </p>
          <ul class="counters" aria-label="Counters" data-testid="job-counters">
            {Object.entries(current.counts).map(([name, count]) => (
              <li key={name}>
                {name} <strong>{count}</strong>
              </li>
            ))}
          </ul>
          <div class="actions">
            {writer && (current.status === 'running' || current.status === 'scheduled') && (
              <Button busy={act.busy} busyLabel="Working…" onClick={() => void act.run('pause')}>
                Pause
              </Button>
            )}
            {writer && current.status === 'paused' && (
              <Button busy={act.busy} busyLabel="Working…" onClick={() => void act.run('resume')}>
                Resume
              </Button>
            )}
            {writer && LIVE.includes(current.status) && (
              <Button variant="danger" disabled={act.busy} onClick={() => setConfirmCancel(true)}>
                Cancel job
              </Button>
            )}
            <Button busy={download.busy} busyLabel="Downloading…" onClick={() => void download.run()}>
              Download results (CSV)
            </Button>
          </div>
          {confirmCancel && (
            <Confirm
              message="Cancel this job? Recipients not sent yet are canceled; this cannot be undone."
              confirmLabel="Cancel the job"
              busy={act.busy}
              onConfirm={() => void act.run('cancel')}
              onCancel={() => setConfirmCancel(false)}
            />
          )}
          <ErrorNotice error={act.error ?? download.error} />
          <Recipients id={id} version={recipientsVersion} />
        </>
      )}
    </section>
  );
}

/** The job's recipients; a new `version` (each poll) fetches the page shown again without leaving it. */
function Recipients({ id, version }: { id: string; version: number }) {
  const list = usePaged<BulkJobRecipient>((cursor) => api().bulkJobs.listRecipients(id, { limit: PAGE_SIZE, ...cursor }), [id, version]);
  return (
    <section aria-labelledby="recipients-heading">
      <h3 id="recipients-heading">Recipients</h3>
      <p class="muted">Each row of a CSV file keeps its line, so a row that was skipped or failed says which one and why.</p>
      <ErrorNotice error={list.error} />
      {list.loading && !list.data ? (
        <Loading label="Loading recipients…" />
      ) : list.items.length === 0 ? (
        <Empty title="No recipients to show" />
      ) : (
        <Table headers={['Line', 'To', 'Status', 'Message', 'Reason']}>
          {list.items.map((r) => (
            <tr key={r.id}>
              <td>{r.line ?? '—'}</td>
              <td>{r.phone_number ?? r.to}</td>
              <td>{r.status}</td>
              <td>{r.message_status ?? '—'}</td>
              <td>{r.reason ? <><code>{r.reason.code}</code> {r.reason.message}</> : '—'}</td>
            </tr>
          ))}
        </Table>
      )}
      <Pager label="Recipients" pageNumber={list.pageNumber} hasNext={list.hasNext} onNext={list.next} onPrevious={list.previous} />
    </section>
  );
}

function CreateBulkJob({ onCreated }: { onCreated: (job: BulkJob) => void }) {
  const options = useLoad(
    () => Promise.all([api().connections.list({ limit: 100 }), api().templates.list({ limit: 100 })]).then(([c, t]) => ({ connections: c.data as Connection[], templates: t.data as Template[] })),
    [getState().mode],
  );
  const [connectionIds, setConnectionIds] = useState<string[]>([]);
  const [source, setSource] = useState<'csv' | 'tags'>('csv');
  const [file, setFile] = useState<File | undefined>(undefined);
  const [tags, setTags] = useState('');
  const [match, setMatch] = useState<'any' | 'all'>('any');
  const [content, setContent] = useState<'template' | 'text'>('text');
  const [templateId, setTemplateId] = useState('');
  const [text, setText] = useState('');
  const [sendAt, setSendAt] = useState('');
  const [rate, setRate] = useState('');
  const create = useAction(async () => {
    const body: CreateBulkJobRequest = { connection_ids: connectionIds };
    if (source === 'csv') {
      if (!file) return;
      const media = await api().media.upload(file, { filename: file.name, contentType: file.type || 'text/csv' });
      body.recipients_csv = { media_id: media.id };
    } else {
      body.contacts = { tags: tags.split(',').map((t) => t.trim()).filter(Boolean), match };
    }
    if (content === 'template') body.template = { id: templateId };
    else Object.assign(body, { type: 'text', text: { body: text } });
    if (sendAt) body.send_at = new Date(sendAt).toISOString();
    if (rate) body.rate = Number(rate);
    onCreated(await api().bulkJobs.create(body));
  });
  const data = options.data;
  return (
    <Form class="card" aria-labelledby="new-job-heading" onSubmit={() => void create.run()}>
      <h2 id="new-job-heading">Start a bulk job</h2>
      <ErrorNotice error={options.error} />
      {!data ? (
        <Loading label="Loading connections and templates…" />
      ) : data.connections.length === 0 ? (
        <Notice>Link a connection on the Connections page first: a job sends through one or more of them.</Notice>
      ) : (
        <>
          <fieldset>
            <legend>Connections</legend>
            {data.connections.map((c) => (
              <label class="check" key={c.id}>
                <input
                  type="checkbox"
                  checked={connectionIds.includes(c.id)}
                  onChange={(e) => setConnectionIds(e.currentTarget.checked ? [...connectionIds, c.id] : connectionIds.filter((x) => x !== c.id))}
                />
                {c.name ?? c.phone_number ?? c.id} <span class="muted">({c.status})</span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Recipients</legend>
            <label class="check">
              <input type="radio" name="source" checked={source === 'csv'} onChange={() => setSource('csv')} /> A CSV file
            </label>
            <label class="check">
              <input type="radio" name="source" checked={source === 'tags'} onChange={() => setSource('tags')} /> Contacts with tags
            </label>
            {source === 'csv' ? (
              <Field label="Recipients file" hint="A header row with phone_number (or phone); every other column is a template variable.">
                <input name="recipients_csv" type="file" accept=".csv,text/csv" required onChange={(e) => setFile(e.currentTarget.files?.[0])} />
              </Field>
            ) : (
              <div class="row">
                <Field label="Contact tags" hint="Separated by commas.">
                  <input name="tags" required value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
                </Field>
                <Field label="Match">
                  <select value={match} onChange={(e) => setMatch(e.currentTarget.value as 'any' | 'all')}>
                    <option value="any">Any of the tags</option>
                    <option value="all">All of the tags</option>
                  </select>
                </Field>
              </div>
            )}
          </fieldset>
          <fieldset>
            <legend>Message</legend>
            <label class="check">
              <input type="radio" name="content" checked={content === 'text'} onChange={() => setContent('text')} /> Text
            </label>
            <label class="check">
              <input type="radio" name="content" checked={content === 'template'} onChange={() => setContent('template')} /> A template
            </label>
            {content === 'text' ? (
              <Field label="Message text">
                <textarea name="text" rows={3} required value={text} onInput={(e) => setText(e.currentTarget.value)} />
              </Field>
            ) : data.templates.length === 0 ? (
              <Notice>No template yet: create one on the Templates page.</Notice>
            ) : (
              <Field label="Template">
                <select name="template" required value={templateId} onChange={(e) => setTemplateId(e.currentTarget.value)}>
                  <option value="">Choose a template</option>
                  {data.templates.map((t) => (
                    <option key={t.id} value={t.id}>
                      {t.name} ({t.language})
                    </option>
                  ))}
                </select>
              </Field>
            )}
          </fieldset>
          <div class="row">
            <Field label="Start at (optional)" hint="Empty starts now; at most 30 days ahead.">
              <input name="send_at" type="datetime-local" value={sendAt} onInput={(e) => setSendAt(e.currentTarget.value)} />
            </Field>
            <Field label="Messages a minute (optional)" hint="A cap for the whole job.">
              <input name="rate" type="number" min={1} value={rate} onInput={(e) => setRate(e.currentTarget.value)} />
            </Field>
          </div>
          <ErrorNotice error={create.error} />
          <Button type="submit" variant="primary" busy={create.busy} busyLabel="Starting…" disabled={connectionIds.length === 0}>
            Start the job
          </Button>
        </>
      )}
    </Form>
  );
}
