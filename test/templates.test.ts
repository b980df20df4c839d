// Templates through HTTP: create, read, edit into new versions, delete; the exact rendered text; refusals that
// store nothing; and sends that name a template on sandbox connections, recording the version they used.
// A worker runs in process on a database of this file's own.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { components } from '../server/generated/openapi.js';
import { createScratchDatabase, type ScratchDatabase } from './helpers/connections-database.js';
import { assertConforms, assertError } from './helpers/contract.js';
import { buildAccount, buildApiKey, type TestAccount } from './helpers/factories.js';
import { hasStatus, linkSandbox, send, waitForMessage } from './helpers/sandbox-messaging.js';
import { startTestServer, testEnv, type TestServer } from './helpers/server.js';

type Schemas = components['schemas'];
type Template = Schemas['Template'];

const number = () => `+1202555${String(Math.floor(Math.random() * 10_000)).padStart(4, '0')}`;
const uniqueName = (label: string) => `${label}_${randomBytes(4).toString('hex')}`;

const ORDER_SHIPPED = {
  language: 'en_US',
  category: 'utility',
  header: { type: 'text', text: 'Order {{order_id}}' },
  body: 'Hi {{ first_name }}, your order {{order_id}} has shipped.',
  footer: 'Reply STOP to opt out',
  buttons: [
    { type: 'url', text: 'Track', url: 'https://example.com/track/{{order_id}}' },
    { type: 'quick_reply', text: 'Thanks!' },
    { type: 'phone_number', text: 'Call us', phone_number: '+1 415 555 0100' },
  ],
} as const;

const ORDER_SHIPPED_TEXT = [
  '*Order 4711*',
  'Hi Ada, your order 4711 has shipped.',
  'Track: https://example.com/track/4711\n• Thanks!\nCall us: +14155550100',
  '_Reply STOP to opt out_',
].join('\n\n');

/** Bad braces in each part that may hold variables: the change to a good definition, the param named, the message. */
const SYNTAX_ERRORS: Array<[Record<string, unknown>, string, RegExp]> = [
  [{ body: 'Hi {{first_name, welcome' }, 'body', /position 4 is not closed/],
  [{ body: 'Hi first_name}} there' }, 'body', /'}}' at position 14/],
  [{ body: 'Hi {{first {{name}}' }, 'body', /position 4 is not closed/],
  [{ body: 'Hi {{1st}}' }, 'body', /'\{\{1st\}\}' at position 4 is not a variable/],
  [{ body: 'Hi {{}}' }, 'body', /position 4 is not a variable/],
  [{ footer: 'Bye {{name' }, 'footer', /position 5/],
  [{ buttons: [{ type: 'url', text: 'Go', url: 'https://x.example/{{id' }] }, 'buttons[0].url', /position 19/],
  [{ header: { type: 'text', text: '{{a}} }}' } }, 'header.text', /position 7/],
];

describe('templates', () => {
  let database: ScratchDatabase;
  let server: TestServer;
  let owner: TestAccount;
  let dataDir: string;

  const create = async (key: string, body: Record<string, unknown>) => {
    const response = await server.client.post('/v1/templates', body, { key });
    assertConforms('createTemplate', response);
    return response;
  };
  const created = async (key: string, body: Record<string, unknown>) => {
    const response = await create(key, body);
    assert.equal(response.status, 201, JSON.stringify(response.body));
    return response.body as Template;
  };
  const render = async (key: string, id: string, body: Record<string, unknown>) => {
    const response = await server.client.post(`/v1/templates/${id}/render`, body, { key });
    assertConforms('renderTemplate', response);
    return response;
  };
  const patch = async (key: string, id: string, body: Record<string, unknown>) => {
    const response = await server.client.request('PATCH', `/v1/templates/${id}`, body, { key });
    assertConforms('updateTemplate', response);
    return response;
  };
  const get = async (key: string, id: string) => {
    const response = await server.client.get(`/v1/templates/${id}`, { key });
    assertConforms('getTemplate', response);
    return response;
  };
  const preview = async (key: string, body: Record<string, unknown>) => {
    const response = await server.client.post('/v1/templates/preview', body, { key });
    assertConforms('previewTemplate', response);
    return response;
  };
  /** A 2 KB PNG-typed upload, for media headers. */
  const upload = async (key: string) => {
    const form = new FormData();
    form.append('file', new Blob([randomBytes(2048)], { type: 'image/png' }), 'banner.png');
    const uploaded = await server.client.request<Schemas['Media']>('POST', '/v1/media', undefined, { key, raw: form });
    assert.equal(uploaded.status, 201, JSON.stringify(uploaded.body));
    return uploaded.body;
  };
  const countRows = (table: string) => server.services.db.system(async (trx) => Number((await trx(table).count({ n: '*' }).first())?.n));

  before(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'parley-templates-'));
    database = await createScratchDatabase();
    server = await startTestServer({
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: `${testEnv().redisPrefix}tpl-${randomBytes(4).toString('hex')}:`,
      PARLEY_ROLE: 'all',
      MESSAGE_PACING: 'false',
      PARLEY_DATA_DIR: dataDir,
    });
    owner = await buildAccount(server.client, { account_name: 'Template Co' });
  });
  after(async () => {
    await server?.stop();
    await database?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  test('a template is created at version 1 with the variables it uses, read back, listed, and unique by name and language', async () => {
    const name = uniqueName('order_shipped');
    const template = await created(owner.key, { name, ...ORDER_SHIPPED });
    const { id, created_at: createdAt, updated_at: updatedAt, ...fields } = template;
    assert.match(id, /^tpl_[0-9A-Za-z]+$/);
    assert.equal(createdAt, updatedAt);
    assert.deepEqual(fields, {
      object: 'template',
      name,
      language: 'en_US',
      category: 'utility',
      version: 1,
      body: ORDER_SHIPPED.body,
      header: { type: 'text', text: 'Order {{order_id}}', media: null },
      footer: 'Reply STOP to opt out',
      buttons: [
        { type: 'url', text: 'Track', url: 'https://example.com/track/{{order_id}}' },
        { type: 'quick_reply', text: 'Thanks!' },
        { type: 'phone_number', text: 'Call us', phone_number: '+14155550100' },
      ],
      variables: ['order_id', 'first_name'],
    });
    assert.deepEqual((await get(owner.key, id)).body, template);

    const list = await server.client.get<Schemas['TemplateList']>(`/v1/templates?name=${name}`, { key: owner.key });
    assertConforms('listTemplates', list);
    assert.deepEqual(list.body, { object: 'list', data: [template], has_more: false });

    assertError(await create(owner.key, { name, ...ORDER_SHIPPED, body: 'Another body' }), 409, 'template_already_exists');
    const otherLanguage = await created(owner.key, { name, ...ORDER_SHIPPED, language: 'de' });
    assert.notEqual(otherLanguage.id, id);
  });

  test('render returns the exact text: bold header, body, buttons as text lines, italic footer', async () => {
    const template = await created(owner.key, { name: uniqueName('render'), ...ORDER_SHIPPED });
    const rendered = await render(owner.key, template.id, { variables: { first_name: 'Ada', order_id: 4711 } });
    assert.equal(rendered.status, 200, JSON.stringify(rendered.body));
    assert.deepEqual(rendered.body, {
      object: 'template_rendering',
      template: { id: template.id, version: 1 },
      type: 'text',
      variables: ['order_id', 'first_name'],
      rendered_text: ORDER_SHIPPED_TEXT,
      text: { body: ORDER_SHIPPED_TEXT },
    });
  });

  test('missing and unknown variables are refused with 400, naming them', async () => {
    const template = await created(owner.key, { name: uniqueName('vars'), ...ORDER_SHIPPED });
    const missing = await render(owner.key, template.id, { variables: { first_name: 'Ada', coupon: 'X' } });
    assertError(missing, 400, 'template_variables_missing');
    assert.match(missing.body.error.message, /'order_id'/);
    assert.match(missing.body.error.message, /'coupon'/);
    assert.equal(missing.body.error.param, 'variables');
    const unknown = await render(owner.key, template.id, { variables: { first_name: 'Ada', order_id: '1', coupon: 'X', extra: 'Y' } });
    assertError(unknown, 400, 'template_variables_unknown');
    assert.match(unknown.body.error.message, /'coupon', 'extra'/);
    assertError(await render(owner.key, template.id, {}), 400, 'template_variables_missing');
  });

  test('unbalanced or malformed braces are refused with 400 naming the field and position, and nothing is stored', async () => {
    const templatesBefore = await countRows('templates');
    const versionsAtStart = await countRows('template_versions');
    for (const [change, param, message] of SYNTAX_ERRORS) {
      const response = await create(owner.key, { name: uniqueName('bad'), language: 'en', category: 'marketing', body: 'Hello', ...change });
      assertError(response, 400, 'template_syntax_invalid');
      assert.equal(response.body.error.param, param, JSON.stringify(response.body));
      assert.match(response.body.error.message, message);
    }
    assert.equal(await countRows('templates'), templatesBefore);
    assert.equal(await countRows('template_versions'), versionsAtStart);

    const template = await created(owner.key, { name: uniqueName('good'), language: 'en', category: 'marketing', body: 'Hello {{name}}' });
    const versionsBefore = await countRows('template_versions');
    assertError(await patch(owner.key, template.id, { body: 'Hello {{name' }), 400, 'template_syntax_invalid');
    assertError(await patch(owner.key, template.id, { buttons: [{ type: 'url', text: 'Go' }] }), 400, 'parameter_missing');
    assertError(await patch(owner.key, template.id, { header: { type: 'image' } }), 400, 'parameter_missing');
    assert.equal(await countRows('template_versions'), versionsBefore);
    assert.deepEqual((await get(owner.key, template.id)).body, template);
    const single = await created(owner.key, { name: uniqueName('braces'), language: 'en', category: 'utility', body: 'Code: {x} and {{ code }}' });
    assert.equal((await render(owner.key, single.id, { variables: { code: '42' } })).body.rendered_text, 'Code: {x} and 42');
  });

  test('an edit stores a new version, the old one stays readable and renderable, and an edit that changes nothing stores none', async () => {
    const template = await created(owner.key, { name: uniqueName('welcome'), language: 'en', category: 'marketing', body: 'Welcome, {{name}}!' });
    const edited = await patch(owner.key, template.id, { body: 'Welcome back, {{name}}!', footer: 'See you' });
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.equal(edited.body.version, 2);
    assert.equal(edited.body.body, 'Welcome back, {{name}}!');
    assert.equal(edited.body.footer, 'See you');
    assert.equal(edited.body.created_at, template.created_at);

    const same = await patch(owner.key, template.id, { body: 'Welcome back, {{name}}!' });
    assert.deepEqual(same.body, edited.body);
    const removed = await patch(owner.key, template.id, { footer: null });
    assert.equal(removed.body.version, 3);
    assert.equal(removed.body.footer, null);

    const first = await server.client.get<Template>(`/v1/templates/${template.id}/versions/1`, { key: owner.key });
    assertConforms('getTemplateVersion', first);
    assert.deepEqual(first.body, template);
    assertError(await server.client.get(`/v1/templates/${template.id}/versions/9`, { key: owner.key }), 404, 'resource_missing');
    const old = await render(owner.key, template.id, { version: 1, variables: { name: 'Ada' } });
    assert.deepEqual(old.body.template, { id: template.id, version: 1 });
    assert.equal(old.body.rendered_text, 'Welcome, Ada!');
    assert.equal((await render(owner.key, template.id, { variables: { name: 'Ada' } })).body.rendered_text, 'Welcome back, Ada!');
  });

  test('a deleted template is gone (404 everywhere) and its name and language are free again', async () => {
    const name = uniqueName('gone');
    const template = await created(owner.key, { name, language: 'en', category: 'utility', body: 'Bye' });
    const deleted = await server.client.delete(`/v1/templates/${template.id}`, { key: owner.key });
    assertConforms('deleteTemplate', deleted);
    assert.deepEqual(deleted.body, { id: template.id, object: 'template', deleted: true });
    assertError(await get(owner.key, template.id), 404, 'resource_missing');
    assertError(await render(owner.key, template.id, {}), 404, 'resource_missing');
    assertError(await patch(owner.key, template.id, { body: 'Again' }), 404, 'resource_missing');
    assertError(await server.client.delete(`/v1/templates/${template.id}`, { key: owner.key }), 404, 'resource_missing');
    const again = await created(owner.key, { name, language: 'en', category: 'utility', body: 'Hello again' });
    assert.equal(again.version, 1);
  });

  test("another account's template answers 404 to every call and to a send", async () => {
    const template = await created(owner.key, { name: uniqueName('private'), language: 'en', category: 'utility', body: 'Secret {{x}}' });
    const stranger = await buildAccount(server.client, { account_name: 'Stranger Co' });
    assertError(await get(stranger.key, template.id), 404, 'resource_missing');
    assertError(await render(stranger.key, template.id, { variables: { x: '1' } }), 404, 'resource_missing');
    assertError(await patch(stranger.key, template.id, { body: 'Mine' }), 404, 'resource_missing');
    assertError(await server.client.delete(`/v1/templates/${template.id}`, { key: stranger.key }), 404, 'resource_missing');
    const list = await server.client.get<Schemas['TemplateList']>('/v1/templates', { key: stranger.key });
    assert.deepEqual(list.body.data, []);
    const connection = await linkSandbox(server.client, stranger.key, number());
    const sent = await server.client.post('/v1/messages', { connection_id: connection.id, to: number(), template: { id: template.id }, variables: { x: '1' } }, { key: stranger.key });
    assertConforms('createMessage', sent);
    assertError(sent, 404, 'resource_missing');
    assert.equal(sent.body.error.param, 'template.id');
    assert.equal((await get(owner.key, template.id)).body.version, 1);
  });

  test('a send by id or by name and language records the version, arrives rendered, and keeps its version after an edit', async () => {
    const sender = await linkSandbox(server.client, owner.key, number());
    const receiver = await linkSandbox(server.client, owner.key, number());
    const name = uniqueName('shipped');
    const template = await created(owner.key, { name, ...ORDER_SHIPPED });
    const variables = { first_name: 'Ada', order_id: '4711' };

    const byId = await send(server.client, owner.key, { connection_id: sender.id, to: receiver.phone_number, template: { id: template.id }, variables });
    assert.equal(byId.type, 'text');
    assert.deepEqual(byId.text, { body: ORDER_SHIPPED_TEXT });
    assert.deepEqual(byId.template, { id: template.id, version: 1 });
    const read = await waitForMessage(server.client, owner.key, byId.id, hasStatus('read'));
    assert.deepEqual(read.template, { id: template.id, version: 1 });
    assert.deepEqual(read.text, { body: ORDER_SHIPPED_TEXT });
    const inbox = await server.client.get<Schemas['MessageList']>(`/v1/messages?connection_id=${receiver.id}&direction=inbound`, { key: owner.key });
    assert.ok(inbox.body.data.some((m) => m.text?.body === ORDER_SHIPPED_TEXT), 'the other sandbox connection received the rendered text');

    await patch(owner.key, template.id, { body: 'Hey {{first_name}}, {{order_id}} is on its way.' });
    const byName = await send(server.client, owner.key, {
      connection_id: sender.id,
      to: receiver.phone_number,
      template: { name, language: 'en_US' },
      variables,
    });
    assert.deepEqual(byName.template, { id: template.id, version: 2 });
    assert.match(byName.text!.body, /Hey Ada, 4711 is on its way\./);
    await waitForMessage(server.client, owner.key, byName.id, hasStatus('read'));
    const first = await waitForMessage(server.client, owner.key, byId.id, hasStatus('read'));
    assert.deepEqual(first.template, { id: template.id, version: 1 });
    assert.deepEqual(first.text, { body: ORDER_SHIPPED_TEXT });

    const plain = await send(server.client, owner.key, { connection_id: sender.id, to: receiver.phone_number, type: 'text', text: { body: 'plain' } });
    assert.equal(plain.template, null);
  });

  test('a media header makes an image message with the rendered text as its caption', async () => {
    const sender = await linkSandbox(server.client, owner.key, number());
    const uploaded = await upload(owner.key);
    const template = await created(owner.key, {
      name: uniqueName('promo'),
      language: 'en',
      category: 'marketing',
      header: { type: 'image', media_id: uploaded.id },
      body: '{{percent}}% off today',
      buttons: [{ type: 'quick_reply', text: 'Stop' }],
    });
    assert.deepEqual(template.header, { type: 'image', text: null, media: { media_id: uploaded.id, mime_type: 'image/png', size: 2048, filename: null } });
    const expected = { media_id: uploaded.id, mime_type: 'image/png', size: 2048, filename: null, caption: '20% off today\n\n• Stop', voice_note: false };
    const rendered = await render(owner.key, template.id, { variables: { percent: 20 } });
    assert.deepEqual(rendered.body, {
      object: 'template_rendering',
      template: { id: template.id, version: 1 },
      type: 'image',
      variables: ['percent'],
      rendered_text: expected.caption,
      image: expected,
    });
    const message = await send(server.client, owner.key, { connection_id: sender.id, to: number(), template: { id: template.id }, variables: { percent: 20 } });
    assert.equal(message.type, 'image');
    assert.deepEqual(message.image, expected);
    await waitForMessage(server.client, owner.key, message.id, hasStatus('read'));

    const missingFile = await create(owner.key, { name: uniqueName('promo'), language: 'en', category: 'marketing', header: { type: 'image', media_id: 'med_01JD3Z0Q8S1W2E3R4T5Y6U7I8O' }, body: 'Hi' });
    assertError(missingFile, 404, 'resource_missing');
    assert.equal(missingFile.body.error.param, 'header.media_id');
  });

  test('a send that mixes template and content, lacks both, or misses a variable is refused and queues nothing', async () => {
    const sender = await linkSandbox(server.client, owner.key, number());
    const template = await created(owner.key, { name: uniqueName('strict'), language: 'en', category: 'utility', body: 'Code {{code}}' });
    const base = { connection_id: sender.id, to: number() };
    const messagesBefore = await countRows('messages');
    const cases: Array<[Record<string, unknown>, number, string, string]> = [
      [{ ...base, template: { id: template.id }, variables: { code: '1' }, type: 'text' }, 400, 'parameter_unexpected', 'type'],
      [{ ...base, template: { id: template.id }, variables: { code: '1' }, text: { body: 'x' } }, 400, 'parameter_unexpected', 'text'],
      [{ ...base }, 400, 'parameter_missing', 'type'],
      [{ ...base, type: 'text', text: { body: 'x' }, variables: { code: '1' } }, 400, 'parameter_unexpected', 'variables'],
      [{ ...base, template: { id: template.id } }, 400, 'template_variables_missing', 'variables'],
      [{ ...base, template: { id: template.id }, variables: { code: '1', other: '2' } }, 400, 'template_variables_unknown', 'variables'],
      [{ ...base, template: { name: 'no_such_template', language: 'en' }, variables: {} }, 404, 'resource_missing', 'template.name'],
      [{ ...base, template: { id: template.id, name: 'strict' }, variables: { code: '1' } }, 400, 'parameter_conflict', 'template.id'],
      [{ ...base, template: { name: 'strict' }, variables: { code: '1' } }, 400, 'parameter_missing', 'template.language'],
    ];
    for (const [body, status, code, param] of cases) {
      const response = await server.client.post('/v1/messages', body, { key: owner.key });
      assertConforms('createMessage', response);
      assertError(response, status, code);
      assert.equal(response.body.error.param, param, JSON.stringify(response.body));
    }
    assert.equal(await countRows('messages'), messagesBefore);
  });

  describe('preview of an unsaved definition', () => {
    const STORED = ['templates', 'template_versions', 'media', 'idempotency_keys'] as const;
    const counts = () => Promise.all(STORED.map(countRows));

    test('renders exactly what render answers once it is saved, and stores nothing', async () => {
      const before = await counts();
      const variables = { first_name: 'Ada', order_id: 4711 };
      const previewed = await preview(owner.key, { ...ORDER_SHIPPED, variables });
      assert.equal(previewed.status, 200, JSON.stringify(previewed.body));
      assert.deepEqual(await counts(), before);
      assert.deepEqual(previewed.body, {
        object: 'template_rendering',
        template: null,
        type: 'text',
        variables: ['order_id', 'first_name'],
        rendered_text: ORDER_SHIPPED_TEXT,
        text: { body: ORDER_SHIPPED_TEXT },
      });
      // name, language and category are optional; a name already taken is no reason to refuse a preview.
      const taken = await created(owner.key, { name: uniqueName('taken'), ...ORDER_SHIPPED });
      const again = await preview(owner.key, { name: taken.name, ...ORDER_SHIPPED, variables, placeholders: false });
      assert.deepEqual(again.body, previewed.body);
      const rendered = await render(owner.key, taken.id, { variables });
      assert.deepEqual({ ...rendered.body, template: null }, previewed.body);

      const minimal = await preview(owner.key, { body: 'Hello' });
      assert.deepEqual(minimal.body, { object: 'template_rendering', template: null, type: 'text', variables: [], rendered_text: 'Hello', text: { body: 'Hello' } });
      assertError(await preview(owner.key, { body: 'Hello', name: 'Not A Name' }), 400, 'parameter_invalid');
      assertError(await preview(owner.key, { name: 'no_body' }), 400, 'parameter_missing');
    });

    test('refuses what create and render refuse: bad braces with field and position, missing, unknown and too long', async () => {
      const before = await counts();
      for (const [change, param, message] of SYNTAX_ERRORS) {
        const response = await preview(owner.key, { body: 'Hello', ...change });
        assertError(response, 400, 'template_syntax_invalid');
        assert.equal(response.body.error.param, param, JSON.stringify(response.body));
        assert.match(response.body.error.message, message);
      }
      const missing = await preview(owner.key, { ...ORDER_SHIPPED, variables: { first_name: 'Ada', coupon: 'X' } });
      assertError(missing, 400, 'template_variables_missing');
      assert.match(missing.body.error.message, /'order_id'.*'coupon'/);
      assert.equal(missing.body.error.param, 'variables');
      assertError(await preview(owner.key, { ...ORDER_SHIPPED }), 400, 'template_variables_missing');
      const unknown = await preview(owner.key, { body: 'Hi {{name}}', variables: { name: 'Ada', extra: 'Y' } });
      assertError(unknown, 400, 'template_variables_unknown');
      assert.match(unknown.body.error.message, /'extra'/);
      const tooLong = await preview(owner.key, { body: '{{a}} {{b}} {{c}} {{d}} {{e}}', variables: Object.fromEntries('abcde'.split('').map((v) => [v, 'x'.repeat(1000)])) });
      assertError(tooLong, 400, 'template_rendered_too_long');
      assert.match(tooLong.body.error.message, /5004 characters; WhatsApp takes at most 4096/);
      assertError(await preview(owner.key, { body: 'Hi', buttons: [{ type: 'url', text: 'Go' }] }), 400, 'parameter_missing');
      const tooMany = Array.from({ length: 101 }, (_, i) => `{{v${i}}}`).join('');
      assertError(await preview(owner.key, { body: tooMany }), 400, 'template_too_many_variables');
      const noFile = await preview(owner.key, { body: 'Hi', header: { type: 'image', media_id: 'med_01JD3Z0Q8S1W2E3R4T5Y6U7I8O' } });
      assertError(noFile, 404, 'resource_missing');
      assert.equal(noFile.body.error.param, 'header.media_id');
      assert.deepEqual(await counts(), before);
    });

    test('with placeholders, a variable without a value shows as {{name}} and values not used are ignored', async () => {
      const draft = await preview(owner.key, { ...ORDER_SHIPPED, variables: { first_name: 'Ada', gone: 'x' }, placeholders: true });
      assert.equal(draft.status, 200, JSON.stringify(draft.body));
      assert.deepEqual(draft.body.variables, ['order_id', 'first_name']);
      assert.equal(draft.body.rendered_text, ORDER_SHIPPED_TEXT.replaceAll('4711', '{{order_id}}'));
      const syntax = await preview(owner.key, { body: 'Hi {{first_name', placeholders: true });
      assertError(syntax, 400, 'template_syntax_invalid');
      assert.equal(syntax.body.error.param, 'body');
    });

    test('a media header: an upload makes the media message; a URL is not fetched, so the answer has its type and caption only', async () => {
      const uploaded = await upload(owner.key);
      const before = await counts();
      const body = { header: { type: 'image' }, body: '{{percent}}% off today', variables: { percent: 20 } };
      const withUpload = await preview(owner.key, { ...body, header: { type: 'image', media_id: uploaded.id } });
      assert.deepEqual(withUpload.body, {
        object: 'template_rendering',
        template: null,
        type: 'image',
        variables: ['percent'],
        rendered_text: '20% off today',
        image: { media_id: uploaded.id, mime_type: 'image/png', size: 2048, filename: null, caption: '20% off today', voice_note: false },
      });
      // The host does not resolve: had the preview fetched it, it would have failed.
      const withUrl = await preview(owner.key, { ...body, header: { type: 'document', url: 'https://files.invalid/price-list.pdf', filename: 'prices.pdf' } });
      assert.deepEqual(withUrl.body, { object: 'template_rendering', template: null, type: 'document', variables: ['percent'], rendered_text: '20% off today' });
      const long = await preview(owner.key, { ...body, header: { type: 'video', url: 'https://files.invalid/a.mp4' }, variables: { percent: 'x'.repeat(1020) } });
      assert.match(assertError(long, 400, 'template_rendered_too_long').message, /caption is 1031 characters; WhatsApp takes at most 1024/);
      assertError(await preview(owner.key, { ...body, header: { type: 'image' } }), 400, 'parameter_missing');
      assert.deepEqual(await counts(), before);
    });

    test('needs a credential; any role may preview, with a test or a live key, each seeing only its own uploads', async () => {
      const unauthenticated = await server.client.post('/v1/templates/preview', { body: 'Hi' });
      assertConforms('previewTemplate', unauthenticated);
      assertError(unauthenticated, 401, 'authentication_required');
      // Like render, a preview changes nothing, so a read-only key (the viewer role) may call it; it may not create.
      const session = { key: (await buildApiKey(server.client, owner, { mode: 'test' })).secret };
      const readOnly = await server.client.post<Schemas['ApiKeyWithSecret']>('/v1/api-keys', { name: 'ro', mode: 'test', scope: 'read_only' }, session);
      assert.equal((await preview(readOnly.body.secret, { body: 'Hi {{name}}', variables: { name: 'Ada' } })).body.rendered_text, 'Hi Ada');
      assertError(await create(readOnly.body.secret, { name: uniqueName('ro'), language: 'en', category: 'utility', body: 'Hi' }), 403, 'insufficient_role');

      const live = await buildApiKey(server.client, owner, { name: 'live key', mode: 'live' });
      assert.equal((await preview(live.secret, { body: 'Hi {{name}}', variables: { name: 'Ada' } })).body.rendered_text, 'Hi Ada');
      const testUpload = await upload(owner.key);
      const fromLive = await preview(live.secret, { body: 'Hi', header: { type: 'image', media_id: testUpload.id } });
      assertError(fromLive, 404, 'resource_missing');
      const liveUpload = await upload(live.secret);
      assert.equal((await preview(live.secret, { body: 'Hi', header: { type: 'image', media_id: liveUpload.id } })).body.type, 'image');

      // /v1/templates/preview is no template id: reading it is the ordinary answer for a template that does not exist.
      const read = await server.client.get('/v1/templates/preview', { key: owner.key });
      assert.notEqual(read.status, 200);
      assert.equal(read.body.object, undefined);
    });
  });
});
