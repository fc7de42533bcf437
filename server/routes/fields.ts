/** Request fields that several routes validate the same way. */
import { z } from 'zod';
import { LANGS } from '../../widget/search/types.js';
import { ID_PATTERN } from '../content/entry-schema.js';

export const lang = z.enum(LANGS as readonly ['id', 'en']);

export const entryId = z.string().max(120).regex(ID_PATTERN, 'must be an answer id (lowercase kebab-case)');

/** Minutes east of UTC for day boundaries: WIB 420, WITA 480, WIT 540. */
export const tz = z.coerce.number().int().min(-720).max(840).default(0);
