import type { TemplateLanguage } from '../../catalogue/categories';
import type { LanguageCatalogue } from '../message-catalogue';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

/** Every template language's catalogue: a language without one fails type-checking. */
export const CATALOGUES: Readonly<Record<TemplateLanguage, LanguageCatalogue>> = { en, es, fr, de };
