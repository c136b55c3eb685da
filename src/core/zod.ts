// zod/mini, not zod: the same schemas and errors at a third of the size in the element's first
// download (the classic API's methods are not tree-shaken). Classic zod loads its English
// messages by itself; mini needs them set, and like classic we keep a locale the page chose.
// package.json lists this module in `sideEffects`, else bundlers drop the setting.
import { config, globalConfig } from 'zod/v4/core';
import en from 'zod/v4/locales/en.js';

if (!globalConfig.localeError) config(en());

export * as z from 'zod/mini';
