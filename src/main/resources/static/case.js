// Case file page. Every value is written with textContent: text from the case is never parsed as HTML.
(function () {
  'use strict';
  const reference = decodeURIComponent(location.pathname.split('/').pop());
  // location.origin keeps credentials typed into the address bar out of fetch URLs.
  const api = location.origin + '/api/cases/' + encodeURIComponent(reference);
  const $ = (id) => document.getElementById(id);
  const text = (id, value) => { $(id).textContent = value == null || value === '' ? '—' : String(value); };

  function showError(message) {
    $('error').textContent = message;
    $('error').hidden = false;
  }

  // The session's CSRF token, which every write to /api sends in this header (the server sets the cookie).
  function csrfToken() {
    const match = document.cookie.match(/(?:^|;\s*)HRD-XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : '';
  }

  function item(listId, value) {
    const li = document.createElement('li');
    li.textContent = value;
    $(listId).appendChild(li);
  }

  async function load() {
    text('reference', reference);
    $('recordsLink').href = api + '/records';
    const response = await fetch(api, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) {
      showError(response.status === 404 ? 'No such case in your missions.' : 'The case could not be loaded (' + response.status + ').');
      return;
    }
    const c = await response.json();
    text('mission', c.mission);
    text('stage', c.stage);
    text('codeName', c.defender && c.defender.codeName);
    text('risk', c.riskLevel ? c.riskLevel + ' / tier ' + c.urgencyTier : 'not assessed yet');
    text('threatType', c.threat && c.threat.type);
    text('occurredOn', c.threat && c.threat.occurredOn);
    text('description', c.threat && c.threat.description);
    (c.actions || []).forEach((a) => item('actions', a.type + ': ' + a.state + (a.outcome ? ' (' + a.outcome + ')' : '')));
    (c.consents || []).forEach((k) => item('consents', k.actionType + ': ' + k.scope + ', given by ' + k.givenBy
      + (k.withdrawnAt ? ', withdrawn' : (k.validToday ? ', valid' : ', expired'))));
    $('summary').hidden = false;
    $('reveal').hidden = false;
    $('sharesLink').href = api + '/shares';
    await loadSupportApplications();
  }

  // The case's applications to support programmes (grants, visas, relocation...), by status.
  async function loadSupportApplications() {
    const response = await fetch(api + '/support-applications', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    const applications = response.ok ? await response.json() : [];
    applications.forEach((a) => item('supportApplications', a.reference + ': ' + a.programmeName + ' (' + a.purpose + '), '
      + a.status + (a.duplicate ? ', possible duplicate funding of ' + a.duplicateOfReference : '')));
    if (applications.length === 0) {
      item('supportApplications', response.ok ? 'none' : 'could not be loaded (' + response.status + ')');
    }
  }

  async function reveal(event) {
    event.preventDefault();
    const response = await fetch(api + '/identity-reveals', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() },
      body: JSON.stringify({ reason: $('reason').value })
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      showError(body.detail || ('The identity could not be revealed (' + response.status + ').'));
      return;
    }
    const identity = body.identity || {};
    ['fullName', 'contact', 'organisation', 'location', 'family'].forEach((field) => text(field, identity[field]));
    if (body.erasedAt) {
      showError('The identity was erased by the retention rule on ' + body.erasedAt + '.');
    }
    $('identity').hidden = false;
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('revealForm').addEventListener('submit', reveal);
    load().catch(() => showError('The case could not be loaded.'));
  });
}());
