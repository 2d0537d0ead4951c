// hrd-casework: Tasklist's configuration (replaces the webapp's own scripts/config.js).
// Staff read dates in many countries: every date Tasklist prints (task list, due and follow-up
// dates, history, date variables on the cards) puts the day first and names the month, so that
// "5 December 2026" cannot be read as 12 May. Times use the 24-hour clock. The formats are
// moment.js formats, as Tasklist's dateFormat setting expects.
// The date fields of Camunda Forms (form-js) take their order from the browser's own locale,
// not from this file: see docs/tasklist.md.
// It also loads the script that sends Tasklist's own login form to the product's sign-in page
// (../sign-in-page.js).
export default {
  customScripts: ['../sign-in-page'],

  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'D MMM YYYY, HH:mm',
    normal: 'D MMMM YYYY, HH:mm',
    long: 'dddd D MMMM YYYY, HH:mm',
    short: 'D MMMM YYYY'
  },

  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },

  // Tasklist's own keyboard shortcuts, as in the file this one replaces.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
