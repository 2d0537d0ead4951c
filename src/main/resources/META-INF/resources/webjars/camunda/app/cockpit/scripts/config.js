// Camunda's default configuration of this webapp, plus the script that sends its login form to
// the product's sign-in page (../sign-in-page.js).
export default {
  customScripts: ['../sign-in-page']
};
