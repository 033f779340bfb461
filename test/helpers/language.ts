/** Every test file starts with the English catalogue loaded, as the program does before it says anything. */
import { useLanguage } from '../../src/i18n/messages.js';

await useLanguage('en');
