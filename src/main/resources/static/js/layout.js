// Starts GOV.UK Frontend's components (error summary focus, password reveal, buttons) on every page
// of ours. A module file, not an inline script: the Content-Security-Policy allows none.
import { initAll } from '/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.js';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();
