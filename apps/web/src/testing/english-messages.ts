import en from '../i18n/messages/en.json';
import enWork from '../i18n/messages/work/en.json';

/** Both English catalogues, as a component test's IntlProvider needs them (the console loads the work one with its pages). */
const englishMessages: Record<string, string> = { ...en, ...enWork };
export default englishMessages;
