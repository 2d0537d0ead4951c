// Escalation board. Values are written with textContent only.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);

  function overdue(minutes) {
    if (minutes < 60) { return minutes + ' min'; }
    if (minutes < 48 * 60) { return Math.floor(minutes / 60) + ' h'; }
    return Math.floor(minutes / 1440) + ' days';
  }

  function cell(row, value) {
    const td = document.createElement('td');
    td.textContent = value == null || value === '' ? '—' : String(value);
    row.appendChild(td);
    return td;
  }

  async function load() {
    const params = new URLSearchParams();
    if ($('level').value) { params.set('level', $('level').value); }
    if ($('stage').value.trim()) { params.set('stage', $('stage').value.trim()); }
    // location.origin, not a relative URL: a page opened as http://user:pass@host/... must not pass credentials into fetch.
    const response = await fetch(location.origin + '/api/escalations?' + params, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    const body = await response.json().catch(() => null);
    $('rows').replaceChildren();
    if (!response.ok) {
      $('error').textContent = (body && body.detail) || ('The board could not be loaded (' + response.status + ').');
      $('error').hidden = false;
      return;
    }
    $('error').hidden = true;
    body.forEach((e) => {
      const row = document.createElement('tr');
      row.className = 'escalation level-' + e.level;
      // A case links to its page; a standing duty's work (e.g. ALPHA-REL-0001) has no case page.
      const first = document.createElement('td');
      if (e.aboutCase) {
        const link = document.createElement('a');
        link.href = '/cases/' + encodeURIComponent(e.caseReference);
        link.textContent = e.caseReference;
        first.appendChild(link);
      } else {
        first.textContent = e.caseReference;
      }
      row.appendChild(first);
      cell(row, e.mission);
      cell(row, e.stage);
      cell(row, e.level);
      cell(row, overdue(e.overdueMinutes));
      cell(row, e.assignedOfficer || 'unassigned');
      $('rows').appendChild(row);
    });
    $('empty').hidden = body.length > 0;
    // The board shows the most overdue first, a page at a time; say when there are more.
    const total = Number(response.headers.get('X-Total-Count') || body.length);
    $('shown').textContent = 'The ' + body.length + ' most overdue of ' + total + ' open escalations are shown.';
    $('shown').hidden = total <= body.length;
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('filters').addEventListener('submit', (event) => { event.preventDefault(); load(); });
    load().catch(() => { $('error').textContent = 'The board could not be loaded.'; $('error').hidden = false; });
  });
}());
