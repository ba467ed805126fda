/** The sidebar client: rendered inside Google Sheets' sidebar iframe. */
const app = document.getElementById('app');
if (app) app.textContent = 'Панель проверки появится здесь.';
