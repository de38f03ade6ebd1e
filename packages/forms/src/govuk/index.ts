export { govukClassNames } from './govukClassNames.js';
