// Drives codeforamerica's Open311 client for Node (npm package `open311`, unmodified) against a running portal, the
// way an app would: discovery, services, a service definition, POSTs as FixMyStreet and other clients send them,
// then the published requests. Prints one line per call (result, milliseconds) and exits 1 if any check failed.
// Run by bench/open311-clients.sh, which installs the client and starts the portal.
// Environment: PORTAL (base URL), ADMIN_PASSWORD; NODE_PATH points at the installed client.
'use strict';

const Open311 = require('open311');

const base = process.env.PORTAL;
const admin = 'Basic ' + Buffer.from('admin:' + process.env.ADMIN_PASSWORD).toString('base64');
let failures = 0;

function check(condition, what) {
  if (!condition) {
    throw new Error(what);
  }
}

/** Runs one client call (callback style) and prints its outcome and duration. */
function step(name, call, verify) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    call((err, data) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      let note = '';
      try {
        check(!err, 'client error: ' + JSON.stringify(data));
        note = verify(data) || '';
        console.log(`  ok    ${ms.toFixed(1).padStart(7)} ms  ${name}  ${note}`);
      } catch (e) {
        failures++;
        console.log(`  FAIL  ${ms.toFixed(1).padStart(7)} ms  ${name}  ${e.message}`);
      }
      resolve(data);
    });
  });
}

async function portal(method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: {Authorization: admin, 'Content-Type': 'application/json', Accept: 'application/json'},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  check(response.ok, `${method} ${path} → ${response.status}`);
  return response.status === 204 ? null : response.json();
}

function noNulls(object, where) {
  for (const [key, value] of Object.entries(object)) {
    check(value !== null && value !== '', `${where}: ${key} is ${JSON.stringify(value)}`);
  }
}

async function main() {
  const key = (await portal('POST', '/api/admin/open311-keys', {label: 'open311 node client (bench)'})).key;
  const client = new Open311({discovery: base + '/open311/v2/discovery.json', apiKey: key});
  console.log(`open311 ${require('open311/package.json').version} (codeforamerica/node-open311) → ${base}`);

  await step('serviceDiscovery', (cb) => client.serviceDiscovery({cache: true}, cb), (data) => {
    check(client.endpoint === base + '/open311/v2/', 'endpoint ' + client.endpoint);
    check(data.endpoints[0].formats.includes('application/json'), 'formats');
    return `endpoint ${client.endpoint}, format ${client.format}`;
  });
  await step('serviceList', (cb) => client.serviceList(cb), (services) => {
    check(services.some((s) => s.service_code === 'can-thieu'), 'can-thieu listed');
    services.forEach((s) => noNulls(s, 'service ' + s.service_code));
    return `${services.length} services`;
  });
  await step('serviceDefinition(can-thieu)', (cb) => client.serviceDefinition('can-thieu', cb), (definition) => {
    check(definition.attributes.length > 0, 'attributes');
    return `${definition.attributes.length} attributes`;
  });

  const ids = {};
  await step('submitRequest: a point only, as FixMyStreet sends', (cb) => client.submitRequest({
    service_code: 'can-thieu', lat: '21.033300', long: '106.050000',
    description: 'Cân thiếu ở sạp thịt\n\nMua 2 kg, cân lại được 1,8 kg', first_name: 'Lan', last_name: 'Trần Thị',
    email: 'lan@example.vn', media_url: 'https://fms.example.vn/photo/4711.0.full.jpeg',
    attributes: {'khoi-luong-ghi': '2', 'khoi-luong-can-lai': '1,8'},
  }, cb), (answer) => {
    check(Array.isArray(answer) && answer.length === 1, 'one answer');
    noNulls(answer[0], 'answer');
    ids.point = answer[0].service_request_id;
    return `service_request_id ${ids.point}`;
  });
  await step('submitRequest: no description (optional in the specification)', (cb) => client.submitRequest({
    service_code: 'khac', address_string: 'Chợ Đông Cứu', email: 'foo@example.vn',
  }, cb), (answer) => {
    ids.khac = answer[0].service_request_id;
    return `service_request_id ${ids.khac}`;
  });
  await step('submitRequest: address_id alone is refused with the reason', (cb) => client.submitRequest({
    service_code: 'can-thieu', address_id: '#NOTPINPOINTED#', description: 'Cân thiếu',
  }, (err, body) => cb(err === 400 ? null : err || 'accepted', body)), (body) => {
    check(String(body).includes('address_id'), body);
    return String(body).replace(/^.*?; /, '').slice(0, 100);
  });

  for (const id of [ids.point, ids.khac]) {
    await portal('POST', `/api/officer/reports/${id}/publish`);
  }
  await portal('POST', `/api/officer/reports/${ids.point}/status`,
      {status: 'khong-du-can-cu', reason: 'Cân đối chứng cho kết quả đủ khối lượng.'});

  await step('serviceRequests(id)', (cb) => client.serviceRequests(ids.point, cb), (requests) => {
    const request = requests[0];
    noNulls(request, 'request');
    check(request.status === 'closed', 'status ' + request.status);
    check(request.address === 'Vị trí 21.03330, 106.05000', 'address ' + request.address);
    check(!('media_url' in request), 'media_url of a report without photo of its own');
    check(request.requested_datetime instanceof Date && !isNaN(request.requested_datetime), 'requested_datetime');
    return `status ${request.status}, address "${request.address}"`;
  });
  await step('serviceRequests([ids])', (cb) => client.serviceRequests([ids.point, ids.khac], cb), (requests) => {
    check(requests.length === 2, requests.length + ' requests');
    return requests.map((r) => r.service_request_id).join(',');
  });
  await step('serviceRequests({service_code: "can-thieu,khac"})',
      (cb) => client.serviceRequests({service_code: 'can-thieu,khac'}, cb), (requests) => {
        const found = requests.map((r) => r.service_request_id);
        check(found.includes(ids.point) && found.includes(ids.khac), 'both kinds: ' + found);
        check(requests.every((r) => ['can-thieu', 'khac'].includes(r.service_code)), 'only those kinds');
        return `${requests.length} requests, no page_size sent`;
      });
  await step('GET servicerequestupdates.json (no client method: raw)', (cb) => fetch(
      base + '/open311/v2/servicerequestupdates.json').then((r) => r.json()).then((u) => cb(null, u), cb),
  (updates) => {
    const statuses = updates.filter((u) => u.service_request_id === ids.point).map((u) => u.status);
    check(statuses.includes('no_further_action') && !statuses.includes('fixed'), statuses.join(','));
    return `statuses of the unfounded report: ${statuses.join(', ')}`;
  });

  console.log(failures === 0 ? 'all client calls conform' : `${failures} client call(s) failed`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((e) => {
  console.log('FAIL  ' + e.message);
  process.exit(1);
});
