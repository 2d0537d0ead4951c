// Loaded by each webapp (customScripts in its scripts/config.js). The webapps sign in with the
// product's own sign-in page (/login): when one would show its built-in login form (after its
// "Log out", or once the session has ended), reload the app instead, and the server sends the
// browser to /login, then back here.
const toSignInPage = () => {
  if (/^#!?\/login\b/.test(window.location.hash)) {
    window.location.replace(window.location.pathname + window.location.search);
  }
};
window.addEventListener('hashchange', toSignInPage);
toSignInPage();

export default [];
