// Conformance of /open311/v2 to Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2 and its
// Service Discovery page), method by method, in both formats, as an existing 311 client reads
// them; and Sen's own rules where the specification leaves room: no complaint or denunciation and
// nothing personal in public answers, the limits of the JSON intake, the citizen's lookup PIN.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { DOMParser } from '@xmldom/xmldom';

import { addUser, createToken, senCli, sql, startSen, testToday } from './harness.mjs';

const jurisdiction = 'hatinh.gov.vn';
let sen;
let apiKey;
before(async () => {
  sen = await startSen({ demo: true, args: ['--open311-jurisdiction', jurisdiction] });
  const add = senCli(['user', 'add', 'kiosk-thanh-sen', '--service', '--role', 'petition_officer', '--unit', '18073',
    '--db', sen.db]);
  assert.equal(add.status, 0, add.stderr);
  apiKey = createToken(sen.db, 'kiosk-thanh-sen');
});
after(async () => sen.stop());

// --- reading answers as a client does ---------------------------------------------------------

// The list elements of GeoReport v2 and the element of their items (the Spark convention).
const lists = { services: 'service', service_requests: 'request', attributes: 'attribute', values: 'value',
  endpoints: 'endpoint', formats: 'format', errors: 'error' };

// Parses XML strictly: any error or warning of the parser fails the test.
function parseXml(text) {
  const doc = new DOMParser({ onError: (level, message) => { throw new Error(`XML ${level}: ${message}`); } })
    .parseFromString(text, 'text/xml');
  return doc.documentElement;
}

const elements = (node) => [...node.childNodes].filter((n) => n.nodeType === 1);

// The JSON the Spark convention makes of an element: lists become arrays, elements with children
// objects, empty elements null, others their text.
function spark(node) {
  const children = elements(node);
  if (node.nodeName in lists) {
    for (const c of children) assert.equal(c.nodeName, lists[node.nodeName], `<${node.nodeName}> holds <${c.nodeName}>`);
    return children.map(spark);
  }
  if (children.length > 0) {
    const out = {};
    for (const c of children) {
      assert.ok(!(c.nodeName in out), `<${c.nodeName}> once in <${node.nodeName}>`);
      out[c.nodeName] = spark(c);
    }
    return out;
  }
  return node.textContent === '' ? null : node.textContent;
}

// What XML can carry of a JSON value: numbers and booleans as text, empty strings as nothing.
function asXmlText(value) {
  if (Array.isArray(value)) return value.map(asXmlText);
  if (value === null || value === '') return null;
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asXmlText(v)]));
  return String(value);
}

async function raw(method, path, { body, headers = {}, client = sen.anonymous } = {}) {
  return client.request(method, path, body, headers);
}

// GET in both formats; checks the content types, the XML declaration and that XML and JSON carry
// the same data; returns the JSON, the status and the XML's root element.
async function getBoth(path, expectedStatus = 200) {
  const json = await raw('GET', `/open311/v2/${path.replace('{format}', 'json')}`);
  const xml = await raw('GET', `/open311/v2/${path.replace('{format}', 'xml')}`);
  assert.equal(json.status, expectedStatus, `${path} json: ${json.text}`);
  assert.equal(xml.status, expectedStatus, `${path} xml: ${xml.text}`);
  assert.equal(json.headers.get('content-type'), 'application/json; charset=utf-8');
  assert.equal(xml.headers.get('content-type'), 'text/xml; charset=utf-8');
  assert.match(xml.text, /^<\?xml version="1\.0" encoding="utf-8"\?>\n</);
  for (const r of [json, xml]) assert.equal(r.headers.get('access-control-allow-origin'), '*', 'a 311 web app may read it');
  const root = parseXml(xml.text);
  assert.deepEqual(spark(root), asXmlText(json.json), `${path}: the XML and the JSON carry the same data`);
  return { json: json.json, root, status: json.status };
}

const form = (fields) => Object.entries(fields).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
const post = (format, fields, headers = formHeaders) =>
  raw('POST', `/open311/v2/requests.${format}`, { body: typeof fields === 'string' ? fields : form(fields), headers });

// An error answer: HTTP status, and in the body a list of {code, description} (<errors><error>).
function assertError(r, status, descriptionPattern, format = 'json') {
  assert.equal(r.status, status, r.text);
  const errors = format === 'json' ? r.json : spark(parseXml(r.text));
  if (format === 'xml') assert.equal(parseXml(r.text).nodeName, 'errors');
  assert.ok(Array.isArray(errors) && errors.length >= 1, r.text);
  for (const e of errors) {
    assert.deepEqual(Object.keys(e).sort(), ['code', 'description']);
    assert.equal(e.code, format === 'json' ? status : String(status));
    assert.equal(typeof e.description, 'string');
  }
  assert.match(errors[0].description, descriptionPattern);
}

const w3c = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
const requestKeys = ['agency_responsible', 'expected_datetime', 'requested_datetime', 'service_code', 'service_name',
  'service_request_id', 'status', 'status_notes', 'updated_datetime'];

// Every letter as the staff see it, by tracking code.
async function staffLetters() {
  const r = await sen.request('GET', '/api/v1/petitions');
  assert.equal(r.status, 200);
  return new Map(r.json.items.map((p) => [p.tracking_code, p]));
}
const isPublic = (p) => !p.types.includes('khieu_nai') && !p.types.includes('to_cao');

// --- the methods ------------------------------------------------------------------------------

describe('Service Discovery', () => {
  test('discovery.{json,xml}: every field, the GeoReport v2 endpoint and its formats', async () => {
    const { json, root } = await getBoth('discovery.{format}');
    assert.equal(root.nodeName, 'discovery');
    assert.deepEqual(Object.keys(json), ['changeset', 'contact', 'key_service', 'endpoints']);
    for (const key of ['changeset', 'contact', 'key_service']) assert.ok(json[key].length > 0, key);
    assert.match(json.changeset, w3c);
    assert.equal(json.endpoints.length, 1);
    const [endpoint] = json.endpoints;
    assert.deepEqual(endpoint, {
      specification: 'http://wiki.open311.org/GeoReport_v2',
      url: `${sen.url}/open311/v2`,
      changeset: json.changeset,
      type: 'production',
      formats: ['text/xml', 'application/json'],
    });
  });
});

describe('GET Service List and Service Definition', () => {
  test('services.{json,xml}: one service per field of feedback, each with the fields of the spec', async () => {
    const { json, root } = await getBoth('services.{format}');
    assert.equal(root.nodeName, 'services');
    assert.deepEqual(json.map((s) => s.service_code),
      ['dat_dai', 'moi_truong', 'xay_dung', 'tai_chinh', 'can_bo', 'chinh_sach_xa_hoi', 'trat_tu_do_thi', 'khac']);
    for (const s of json) {
      assert.deepEqual(Object.keys(s), ['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group']);
      for (const key of ['service_code', 'service_name', 'description', 'keywords', 'group']) assert.equal(typeof s[key], 'string');
      assert.equal(s.metadata, true);
      assert.equal(s.type, 'realtime', 'the service_request_id comes back at once');
    }
    assert.equal(json.find((s) => s.service_code === 'trat_tu_do_thi').service_name, 'Phản ánh, kiến nghị: Trật tự đô thị');
  });

  test('services/{code}.{json,xml}: the attributes a letter of that kind needs', async () => {
    const services = (await raw('GET', '/open311/v2/services.json')).json;
    for (const s of services.filter((x) => x.metadata)) {
      const { json, root } = await getBoth(`services/${s.service_code}.{format}`);
      assert.equal(root.nodeName, 'service_definition');
      assert.deepEqual(Object.keys(json), ['service_code', 'attributes']);
      assert.equal(json.service_code, s.service_code);
      const orders = new Set();
      for (const a of json.attributes) {
        assert.deepEqual(Object.keys(a).filter((k) => k !== 'values'),
          ['variable', 'code', 'datatype', 'required', 'datatype_description', 'order', 'description']);
        assert.equal(typeof a.variable, 'boolean');
        assert.equal(typeof a.required, 'boolean');
        assert.ok(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist'].includes(a.datatype));
        assert.ok(Number.isInteger(a.order) && a.order > 0 && !orders.has(a.order), 'a positive order used once');
        orders.add(a.order);
        assert.ok(a.datatype_description === null || typeof a.datatype_description === 'string');
        if (a.datatype.endsWith('valuelist')) {
          assert.ok(a.values.length > 0);
          for (const v of a.values) assert.deepEqual(Object.keys(v), ['key', 'name']);
        } else {
          assert.equal(a.values, undefined);
        }
      }
      const codes = json.attributes.map((a) => a.code);
      assert.deepEqual(codes, s.service_code === 'can_bo'
        ? ['kind', 'petitioner_address', 'concerned_person'] : ['kind', 'petitioner_address']);
      assert.deepEqual(json.attributes[0].values, [{ key: 'phan_anh', name: 'Phản ánh' }, { key: 'kien_nghi', name: 'Kiến nghị' }]);
    }
  });

  test('an unknown service is 404 in the spec\'s error form, in both formats', async () => {
    assertError(await raw('GET', '/open311/v2/services/khieu_nai.json'), 404, /khieu_nai/);
    assertError(await raw('GET', '/open311/v2/services/khieu_nai.xml'), 404, /khieu_nai/, 'xml');
  });
});

describe('POST Service Request', () => {
  const citizen = {
    jurisdiction_id: jurisdiction, service_code: 'trat_tu_do_thi', lat: '18.3428', long: '105.9057',
    address_string: 'Số 12 đường Phan Đình Phùng, phường Thành Sen', email: 'van.ba@example.vn', device_id: 'kiosk-1',
    account_id: 'a-77', first_name: 'Văn Ba', last_name: 'Nguyễn', phone: '0912 111 222',
    description: 'Đèn đường hỏng ba đêm liền\nđoạn trước cổng chợ', media_url: 'https://anh.example.vn/den-hong.jpg',
    'attribute[kind]': 'kien_nghi', 'attribute[petitioner_address]': 'Tổ 5, phường Thành Sen',
  };
  let created;

  test('a form-encoded request with the api_key of a service account gets its id, a receipt and the PIN', async () => {
    const r = await post('json', { api_key: apiKey, ...citizen });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(r.json.length, 1);
    created = r.json[0];
    assert.deepEqual(Object.keys(created), ['service_request_id', 'service_notice', 'account_id', 'lookup_pin']);
    assert.match(created.service_request_id, /^HT2611-[A-Z0-9]{6}$/);
    assert.equal(created.account_id, null);
    assert.match(created.lookup_pin, /^\d{8}$/);
    assert.ok(created.service_notice.includes(created.service_request_id), 'the receipt names the tracking code');
    assert.ok(created.service_notice.includes(created.lookup_pin), 'and the PIN, for clients that only show the notice');
    assert.ok(created.service_notice.includes(`${sen.url}/tra-cuu`));
  });

  test('the citizen follows it with the tracking code and the PIN', async () => {
    const r = await sen.anonymous.request('POST', '/api/v1/public/petitions/lookup',
      { tracking_code: created.service_request_id, pin: created.lookup_pin });
    assert.equal(r.status, 200, r.text);
    assert.equal(r.json.status, 'awaiting_processing');
    assert.equal(r.json.handling_unit, 'Phường Thành Sen');
  });

  test('the office sees a recommendation of its unit with the sender (family name first), contacts and place', async () => {
    const p = (await staffLetters()).get(created.service_request_id);
    assert.equal(p.channel, 'portal');
    assert.equal(p.handling_unit, '18073');
    assert.deepEqual(p.types, ['kien_nghi']);
    assert.equal(p.field, 'trat_tu_do_thi');
    assert.equal(p.received_on, testToday);
    assert.equal(p.content, 'Đèn đường hỏng ba đêm liền\nđoạn trước cổng chợ\n\nĐịa điểm: Số 12 đường Phan Đình Phùng, '
      + 'phường Thành Sen\nTọa độ (WGS84): 18.3428, 105.9057\nTệp đính kèm: https://anh.example.vn/den-hong.jpg');
    const detail = await sen.request('GET', `/api/v1/petitions/${p.id}`);
    assert.deepEqual(detail.json.petitioners,
      [{ name: 'Nguyễn Văn Ba', address: 'Tổ 5, phường Thành Sen', phone: '0912 111 222', email: 'van.ba@example.vn' }]);
    const audit = await sen.request('GET', `/api/v1/audit?entity=petition&key=${created.service_request_id}`);
    assert.deepEqual(audit.json.items.map((a) => [a.action, a.user]), [['receive', 'kiosk-thanh-sen']]);
    assert.ok(!audit.text.includes(created.lookup_pin), 'the PIN is nowhere but in the answer');
  });

  test('found by its service_request_id, one by one and in a list, and by its date window', async () => {
    const p = (await staffLetters()).get(created.service_request_id);
    const expected = {
      service_request_id: created.service_request_id,
      status: 'open',
      status_notes: 'Đang xem xét, phân loại',
      service_name: 'Phản ánh, kiến nghị: Trật tự đô thị',
      service_code: 'trat_tu_do_thi',
      agency_responsible: 'Phường Thành Sen',
      requested_datetime: `${testToday}T00:00:00+07:00`,
      updated_datetime: `${testToday}T00:00:00+07:00`,
      expected_datetime: `${p.due}T23:59:59+07:00`,
    };
    const one = await getBoth(`requests/${created.service_request_id}.{format}`);
    assert.equal(one.root.nodeName, 'service_requests');
    assert.deepEqual(one.json, [expected]);
    const loose = await raw('GET', `/open311/v2/requests/${created.service_request_id.toLowerCase().replace('-', '')}.json`);
    assert.deepEqual(loose.json, [expected], 'the code is read loosely, as the lookup reads it');

    const listed = await getBoth(`requests.{format}?service_request_id=${created.service_request_id},HT2611-ZZZZZZ,nonsense`);
    assert.deepEqual(listed.json, [expected], 'ids that do not exist are left out');

    const day = await getBoth(`requests.{format}?start_date=${testToday}T00:00:00%2B07:00&end_date=${testToday}T23:59:59%2B07:00`);
    assert.ok(day.json.some((r) => r.service_request_id === created.service_request_id));
    const utc = await getBoth('requests.{format}?start_date=2026-11-26T17:00:00Z&end_date=2026-11-26T17:00:00Z');
    assert.deepEqual(utc.json.map((r) => r.service_request_id), [created.service_request_id],
      'its requested_datetime, 00:00 in Vietnam, is 17:00 UTC the day before');
    const before = await getBoth('requests.{format}?start_date=2026-11-01T00:00:00Z&end_date=2026-11-26T16:59:59Z');
    assert.ok(!before.json.some((r) => r.service_request_id === created.service_request_id), 'not in a window that ends before it');
    const defaults = await getBoth('requests.{format}');
    assert.equal(defaults.json[0].service_request_id, created.service_request_id, 'the newest first');
  });

  test('the same in XML: the answer of a POST to requests.xml', async () => {
    const r = await post('xml', { api_key: apiKey, ...citizen, 'attribute[kind]': 'phan_anh' });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.headers.get('content-type'), 'text/xml; charset=utf-8');
    const root = parseXml(r.text);
    assert.equal(root.nodeName, 'service_requests');
    const [request] = spark(root);
    assert.deepEqual(Object.keys(request), ['service_request_id', 'service_notice', 'account_id', 'lookup_pin']);
    assert.equal(request.account_id, null);
    assert.match(request.lookup_pin, /^\d{8}$/);
    const found = await getBoth(`requests/${request.service_request_id}.{format}`);
    assert.equal(found.json[0].service_request_id, request.service_request_id);
  });

  test('the api_key must be a valid token of a service account that may take in letters: 403 otherwise', async () => {
    const count = () => sql(sen.db, 'SELECT count(*) FROM petitions').trim();
    const before = count();
    assertError(await post('json', citizen), 403, /api_key/);
    assertError(await post('xml', citizen), 403, /api_key/, 'xml');
    assertError(await post('json', { api_key: 'sen_not-a-token', ...citizen }), 403, /api_key/);
    assertError(await post('json', { api_key: sen.adminToken, ...citizen }), 403, /api_key.*dịch vụ/);
    const viewer = senCli(['user', 'add', 'kiosk-viewer', '--service', '--role', 'viewer', '--unit', '18073', '--db', sen.db]);
    assert.equal(viewer.status, 0, viewer.stderr);
    assertError(await post('json', { api_key: createToken(sen.db, 'kiosk-viewer'), ...citizen }), 403, /petitions\.process/);
    const everywhere = senCli(['user', 'add', 'kiosk-all', '--service', '--role', 'petition_officer', '--db', sen.db]);
    assert.equal(everywhere.status, 0, everywhere.stderr);
    assertError(await post('json', { api_key: createToken(sen.db, 'kiosk-all'), ...citizen }), 403, /api_key.*đơn vị/);
    assert.equal(count(), before, 'nothing was stored');
  });

  test('every field is bounded and checked like the JSON intake; the error names it and nothing is stored', async () => {
    const count = () => sql(sen.db, 'SELECT count(*) FROM petitions').trim();
    const before = count();
    const withKey = { api_key: apiKey, ...citizen };
    const cases = [
      [{ first_name: 'A'.repeat(1024 * 1024) }, 400, /^first_name: /],
      [{ last_name: 'Nguyễn\nVăn' }, 400, /^last_name: /],
      [{ address_string: 'Số 1\u0000' }, 400, /^address_string: /],
      [{ phone: '0912\u0007222333' }, 400, /^phone: /],
      [{ phone: 'gọi tôi' }, 400, /^phone: /],
      [{ email: 'không phải thư' }, 400, /^email: /],
      [{ description: 'x'.repeat(20001) }, 400, /^description: /],
      [{ description: '' }, 400, /^description: /],
      [{ lat: '91', long: '105' }, 400, /^lat: /],
      [{ lat: 'NaN' }, 400, /^lat: /],
      [{ long: '' }, 400, /^(lat|long): /],
      [{ lat: '', long: '', address_string: '', address_id: '' }, 400, /^address_string: .*(lat|location)/],
      [{ media_url: 'javascript:alert(1)' }, 400, /^media_url: /],
      [{ device_id: 'd'.repeat(101) }, 400, /^device_id: /],
      [{ service_code: '' }, 400, /^service_code: /],
      [{ service_code: 'khieu_nai' }, 404, /^service_code: .*khieu_nai/],
      [{ 'attribute[kind]': 'to_cao' }, 400, /^attribute\[kind\]: /],
      [{ 'attribute[petitioner_address]': 'P'.repeat(501) }, 400, /^attribute\[petitioner_address\]: /],
      [{ 'attribute[concerned_person]': 'Ông X' }, 400, /^attribute\[concerned_person\]: /],
      [{ nickname: 'Ba' }, 400, /^nickname: /],
      [{ first_name: '', last_name: '' }, 400, /^last_name: /],
      [{ jurisdiction_id: 'hanoi.gov.vn' }, 404, /^jurisdiction_id: /],
    ];
    for (const [change, status, pattern] of cases) {
      assertError(await post('json', { ...withKey, ...change }), status, pattern);
    }
    assertError(await post('json', form(withKey).replace('phone=', 'phone=1&phone=')), 400, /^phone: /);
    assertError(await post('json', JSON.stringify(withKey), { 'content-type': 'application/json' }), 400, /^body: /);
    assertError(await post('json', 'description=%zz'), 400, /^body: /);
    assertError(await post('xml', { ...withKey, lat: '200', long: '1' }), 400, /^lat: /, 'xml');
    assert.equal(count(), before, 'nothing was stored');
  });

  test('without a name the request is anonymous feedback; attribute[...] may come unescaped', async () => {
    const body = `${form({ api_key: apiKey, service_code: 'moi_truong', address_id: 'TS-0042', description: 'Rác thải ở bờ sông' })}`
      + '&attribute[kind]=phan_anh';
    const r = await post('json', body);
    assert.equal(r.status, 201, r.text);
    const p = (await staffLetters()).get(r.json[0].service_request_id);
    assert.equal(p.anonymous, true);
    assert.deepEqual(p.types, ['phan_anh']);
    assert.equal(p.content, 'Rác thải ở bờ sông\n\nMã địa chỉ: TS-0042');
  });
});

describe('GET Service Requests', () => {
  test('the default is the 90 days up to today: every public letter of the window, newest first, nothing personal', async () => {
    const { json, root } = await getBoth('requests.{format}');
    assert.equal(root.nodeName, 'service_requests');
    const letters = await staffLetters();
    const expected = [...letters.values()]
      .filter((p) => isPublic(p) && p.received_on >= '2026-08-30' && p.received_on <= testToday)
      .sort((a, b) => (a.received_on === b.received_on ? b.id - a.id : b.received_on.localeCompare(a.received_on)))
      .map((p) => p.tracking_code);
    assert.ok(expected.length >= 3);
    assert.deepEqual(json.map((r) => r.service_request_id), expected);
    for (const r of json) {
      assert.deepEqual(Object.keys(r).sort(), requestKeys, 'no description, address, names or contacts');
      assert.ok(['open', 'closed'].includes(r.status));
      for (const key of ['requested_datetime', 'updated_datetime']) assert.match(r[key], w3c);
      assert.ok(r.expected_datetime === null || w3c.test(r.expected_datetime));
      assert.equal(r.status === 'open', letters.get(r.service_request_id).open);
    }
    for (const person of ['Nguyễn Văn Ba', '0912 111 222', 'van.ba@example.vn']) assert.ok(!JSON.stringify(json).includes(person));
    for (const p of letters.values()) {
      if (!isPublic(p)) assert.ok(!json.some((r) => r.service_request_id === p.tracking_code));
    }
  });

  test('a window of the past, and filters by service_code and status (comma lists)', async () => {
    const letters = await staffLetters();
    const window = 'start_date=2026-06-01T00:00:00%2B07:00&end_date=2026-08-29T00:00:00%2B07:00';
    const past = await getBoth(`requests.{format}?${window}`);
    const expected = [...letters.values()]
      .filter((p) => isPublic(p) && p.received_on >= '2026-06-01' && p.received_on <= '2026-08-29')
      .sort((a, b) => b.received_on.localeCompare(a.received_on)).map((p) => p.tracking_code);
    assert.ok(expected.length >= 2, 'the demo has feedback in June and July');
    assert.deepEqual(past.json.map((r) => r.service_request_id), expected);
    const field = await getBoth(`requests.{format}?${window}&service_code=moi_truong`);
    assert.deepEqual(field.json.map((r) => r.service_request_id), expected.filter((c) => letters.get(c).field === 'moi_truong'));
    const both = await getBoth(`requests.{format}?${window}&service_code=moi_truong,trat_tu_do_thi&status=open,closed`);
    assert.deepEqual(both.json, past.json);
    for (const status of ['open', 'closed']) {
      const only = await getBoth(`requests.{format}?${window}&status=${status}`);
      assert.deepEqual(only.json, past.json.filter((r) => r.status === status));
    }
    const empty = await getBoth('requests.{format}?status=&service_code=&jurisdiction_id=');
    assert.deepEqual(empty.json, (await getBoth('requests.{format}')).json, 'an empty argument is an absent one');
  });

  test('jurisdiction_id: the configured one or none; another is 404', async () => {
    const named = await getBoth(`requests.{format}?jurisdiction_id=${jurisdiction}`);
    assert.deepEqual(named.json, (await getBoth('requests.{format}')).json);
    assert.equal((await getBoth(`services.{format}?jurisdiction_id=${jurisdiction}`)).status, 200);
    for (const path of ['services', 'requests', 'discovery', 'services/dat_dai']) {
      assertError(await raw('GET', `/open311/v2/${path}.json?jurisdiction_id=sfgov.org`), 404, /jurisdiction_id.*sfgov\.org/);
      assertError(await raw('GET', `/open311/v2/${path}.xml?jurisdiction_id=sfgov.org`), 404, /jurisdiction_id/, 'xml');
    }
  });

  test('bad arguments are 400 naming them, in the spec\'s error form', async () => {
    const cases = [
      ['start_date=2026-07-01', /^start_date: /],
      ['end_date=tomorrow', /^end_date: /],
      ['start_date=2026-08-01T00:00:00Z&end_date=2026-07-01T00:00:00Z', /^start_date: /],
      ['start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z', /^end_date: .*90/],
      ['status=pending', /^status: /],
      ['service_code=khieu_nai', /^service_code: /],
      ['page_size=1001', /^page_size: /],
      ['page=0', /^page: /],
      [`service_request_id=${Array.from({ length: 101 }, (_, i) => `HT2611-A${i}`).join(',')}`, /^service_request_id: /],
    ];
    for (const [query, pattern] of cases) {
      assertError(await raw('GET', `/open311/v2/requests.json?${query}`), 400, pattern);
      assertError(await raw('GET', `/open311/v2/requests.xml?${query}`), 400, pattern, 'xml');
    }
    assertError(await raw('GET', '/open311/v2/requests.json?start_date=2026-07-01', { headers: { 'accept-language': 'en' } }),
      400, /^start_date: .*must be/);
  });

  test('a complaint or a denunciation is never a public request, even asked for by its id', async () => {
    const letters = await staffLetters();
    const hidden = [...letters.values()].filter((p) => !isPublic(p));
    assert.ok(hidden.length >= 5);
    for (const p of hidden) {
      assertError(await raw('GET', `/open311/v2/requests/${p.tracking_code}.json`), 404, new RegExp(p.tracking_code));
      assertError(await raw('GET', `/open311/v2/tokens/${p.tracking_code}.xml`), 404, new RegExp(p.tracking_code), 'xml');
    }
    const asked = await getBoth(`requests.{format}?service_request_id=${hidden.map((p) => p.tracking_code).join(',')}`);
    assert.deepEqual(asked.json, []);
  });
});

describe('GET service_request_id from a token, and what the spec does not have', () => {
  test('tokens/{token}.{json,xml}: Sen answers at once, so the token is the service_request_id', async () => {
    const [first] = (await raw('GET', '/open311/v2/requests.json')).json;
    const { json, root } = await getBoth(`tokens/${first.service_request_id}.{format}`);
    assert.equal(root.nodeName, 'service_requests');
    assert.deepEqual(json, [{ service_request_id: first.service_request_id, token: first.service_request_id }]);
    assertError(await raw('GET', '/open311/v2/tokens/HT2611-ZZZZZZ.json'), 404, /HT2611-ZZZZZZ/);
  });

  test('unknown paths and methods answer in the spec\'s form too (XML unless the path ends in .json)', async () => {
    assertError(await raw('GET', '/open311/v2/nothing.json'), 404, /nothing/);
    assertError(await raw('GET', '/open311/v2/services.html'), 404, /services\.html/, 'xml');
    assertError(await raw('GET', '/open311/v2/requests/HT2611-ZZZZZZ.json'), 404, /HT2611-ZZZZZZ/);
    assertError(await raw('DELETE', '/open311/v2/requests.json'), 400, /DELETE/);
  });
});

describe('the spec\'s limit of 1000 requests, and pages beyond it', () => {
  test('1001 letters in a window: 1000 by default, the rest on page 2; page_size pages', async () => {
    // Letters of 15 June 2026 entered directly, numbered 00001…01001 so that their order is known.
    const code = (i) => `HT2606-B${String(i).padStart(5, '0')}`;
    for (let from = 1; from <= 1001; from += 250) {
      const rows = [];
      for (let i = from; i < Math.min(from + 250, 1002); i++) {
        rows.push(`('${code(i)}', 'post', '2026-06-15', 'phan_anh', 'khac', 'Thư ${i}', 'thu ${i}', '18073', 'test', '2026-06-15T00:00:00Z')`);
      }
      sql(sen.db, 'INSERT INTO petitions(tracking_code, channel, received_on, types, field, content, content_folded, '
        + `handling_unit, created_by, created_at) VALUES ${rows.join(', ')}`);
    }
    const window = 'start_date=2026-06-15T00:00:00%2B07:00&end_date=2026-06-15T00:00:00%2B07:00';
    const all = (await raw('GET', `/open311/v2/requests.json?${window}`)).json;
    assert.equal(all.length, 1000);
    assert.equal(all[0].service_request_id, code(1001));
    assert.equal(all[999].service_request_id, code(2));
    const rest = (await raw('GET', `/open311/v2/requests.json?${window}&page=2`)).json;
    assert.deepEqual(rest.map((r) => r.service_request_id), [code(1)]);
    const page = await getBoth(`requests.{format}?${window}&page_size=2&page=3`);
    assert.deepEqual(page.json.map((r) => r.service_request_id), [code(997), code(996)]);
    const found = await getBoth(`requests.{format}?service_request_id=${code(500)}`);
    assert.equal(found.json[0].requested_datetime, '2026-06-15T00:00:00+07:00');
  });
});
