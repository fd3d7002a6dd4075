import { z } from 'astro/zod';

/** What the user must have before a call succeeds: a logged-in account, or an active service subscription. */
export const securitySchema = z.enum(['Authentication', 'Subscription']);
